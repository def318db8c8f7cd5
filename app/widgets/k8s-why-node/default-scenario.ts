import type { ScenarioJson } from '../../../engine/core/model';

const PODS = `apiVersion: v1
kind: Pod
metadata: { name: db, labels: { app: db } }
spec:
  containers: [ { name: db, image: "postgres:16", resources: { requests: { cpu: "1", memory: 2Gi } } } ]
---
apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  affinity:
    nodeAffinity:
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 50
        preference: { matchExpressions: [ { key: disktype, operator: In, values: [ssd] } ] }
  containers: [ { name: web, image: "nginx:1.25", resources: { requests: { cpu: 500m, memory: 256Mi } } } ]
`;

/** Four different nodes (one tainted, one small, one with an SSD label) and two pods to place. */
export const defaultScenario: ScenarioJson = {
  kind: 'k8s', seed: 3, title: 'Why this node?',
  params: {
    nodes: [
      { name: 'big', cpu: '4', memory: '8Gi' }, { name: 'small', cpu: '1', memory: '1Gi' },
      { name: 'ssd', cpu: '2', memory: '4Gi', labels: { disktype: 'ssd' } },
      { name: 'gpu', cpu: '8', memory: '16Gi', taints: [{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }] },
    ],
    manifests: [PODS],
  },
  commands: [], until: 60,
};
