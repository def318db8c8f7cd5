import type { ScenarioJson } from '../../../engine/core/model';

/** The php-apache HPA walkthrough (kubernetes.io "HorizontalPodAutoscaler Walkthrough"), with a load generator as traffic. */
const PHP = `apiVersion: apps/v1
kind: Deployment
metadata: { name: php-apache }
spec:
  selector: { matchLabels: { run: php-apache } }
  template:
    metadata: { labels: { run: php-apache } }
    spec:
      containers:
      - name: php-apache
        image: registry.k8s.io/hpa-example
        ports: [ { containerPort: 80 } ]
        resources: { limits: { cpu: 500m }, requests: { cpu: 200m } }
---
apiVersion: v1
kind: Service
metadata: { name: php-apache, labels: { run: php-apache } }
spec: { ports: [ { port: 80 } ], selector: { run: php-apache } }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: php-apache }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: php-apache }
  minReplicas: 1
  maxReplicas: 10
  metrics: [ { type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 50 } } } ]
`;

export const defaultScenario: ScenarioJson = {
  kind: 'k8s', seed: 4, title: 'HPA: php-apache under load',
  params: { nodes: [{ count: 3, cpu: '4', memory: '8Gi' }], images: [{ name: 'registry.k8s.io/hpa-example', sizeMiB: 140, idleCpuMilli: 1 }], manifests: [PHP] },
  commands: [{ at: 30, do: 'setTraffic', service: 'php-apache', requestsPerSec: 60, cpuMilliPerRequest: 10 }, { at: 400, do: 'setTraffic', service: 'php-apache', requestsPerSec: 0 }],
  until: 900,
};
