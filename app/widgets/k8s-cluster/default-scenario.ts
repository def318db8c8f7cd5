import type { ScenarioJson } from '../../../engine/core/model';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 6
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        resources: { requests: { cpu: 250m, memory: 128Mi } }
`;

/** Four nodes in two zones and a six-replica Deployment: click a node to fail it. */
export const defaultScenario: ScenarioJson = {
  kind: 'k8s', seed: 1, title: 'Self-healing: fail a node',
  params: { nodes: [{ name: 'a', count: 2, cpu: '2', memory: '4Gi', zone: 'zone-a' }, { name: 'b', count: 2, cpu: '2', memory: '4Gi', zone: 'zone-b' }], manifests: [WEB] },
  commands: [], until: 600,
};
