import type { ScenarioJson } from '../../../engine/core/model';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports: [ { containerPort: 80 } ]
        resources: { requests: { cpu: 200m, memory: 128Mi } }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [ { port: 80 } ] }
`;

export const defaultScenario: ScenarioJson = {
  kind: 'k8s', seed: 5, title: 'kubectl console',
  params: { nodes: [{ count: 3, cpu: '2', memory: '4Gi' }], manifests: [WEB] },
  commands: [], until: 3600,
};
