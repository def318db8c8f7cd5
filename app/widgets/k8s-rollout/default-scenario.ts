import type { ScenarioJson } from '../../../engine/core/model';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 10
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 25%, maxUnavailable: 25% }
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
      - name: nginx
        image: nginx:1.24
        readinessProbe: { httpGet: { path: /, port: 80 }, initialDelaySeconds: 2, periodSeconds: 2 }
        resources: { requests: { cpu: 100m, memory: 64Mi } }
`;

/** Ten replicas at 25 %/25 %: update the image, then undo. */
export const defaultScenario: ScenarioJson = {
  kind: 'k8s', seed: 2, title: 'Rolling update and undo',
  params: {
    nodes: [{ count: 3, cpu: '4', memory: '8Gi' }], sampleEverySec: 0.5,
    images: [{ name: 'nginx:1.24', sizeMiB: 60, readyAfterSec: 3 }, { name: 'nginx:1.25', sizeMiB: 62, readyAfterSec: 3 }],
    manifests: [WEB],
  },
  commands: [{ at: 20, do: 'setImage', deployment: 'web', image: 'nginx:1.25' }],
  until: 120,
};
