import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import type { ClusterState } from './cluster/state';
import { splitRequests } from './controllers/metrics';
import { events, runTo, scenario, snap } from './test-helpers';

const fakeState = (mode: 'iptables' | 'ipvs'): ClusterState => ({ config: { proxyMode: mode }, rng: createRng(9) }) as unknown as ClusterState;

describe('kube-proxy backend choice (splitRequests)', () => {
  it('IPVS round robin splits 10 requests over 3 endpoints as 4, 3, 3', () => {
    expect(splitRequests(fakeState('ipvs'), 10, 3)).toEqual([4, 3, 3]);
  });
  it('iptables picks each backend with probability 1/n: 30,000 requests over 3 land near 10,000 each', () => {
    const shares = splitRequests(fakeState('iptables'), 30000, 3);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(30000);
    for (const n of shares) expect(Math.abs(n - 10000)).toBeLessThan(500);
  });
});

describe('admission: ResourceQuota and LimitRange', () => {
  const ns = 'apiVersion: v1\nkind: Namespace\nmetadata: { name: team }\n---\n';
  const quota = 'apiVersion: v1\nkind: ResourceQuota\nmetadata: { name: q, namespace: team }\nspec: { hard: { requests.cpu: "1", pods: "2" } }\n---\n';
  const pod = (name: string, cpu?: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: team }\nspec: { containers: [ { name: c, image: "busybox:1"${cpu ? `, resources: { requests: { cpu: ${cpu} } }` : ''} } ] }\n`;
  it('rejects a pod without the quota-tracked request, naming the quota', () => {
    expect(() => runTo(scenario({ manifests: [ns + quota + pod('p')] }), 1)).toThrow('pods "p" is forbidden: failed quota: q: must specify requests.cpu');
  });
  it('rejects the pod that would exceed the quota', () => {
    expect(() => runTo(scenario({ manifests: [ns + quota + pod('a', '600m') + '---\n' + pod('b', '600m')] }), 1)).toThrow('exceeded quota: q');
  });
  it('fills missing requests from a LimitRange default', () => {
    const lr = 'apiVersion: v1\nkind: LimitRange\nmetadata: { name: d, namespace: team }\nspec: { limits: [ { type: Container, defaultRequest: { cpu: 250m }, default: { cpu: 500m } } ] }\n---\n';
    const s = snap<{ pods: Array<{ requests: { cpuMilli: number } }> }>(runTo(scenario({ manifests: [ns + lr + pod('p')] }), 1));
    expect(s.pods[0]!.requests.cpuMilli).toBe(250);
  });
});

describe('Services', () => {
  it('lists only Ready pods as ready endpoints and drops a pod on a lost node', () => {
    const dep = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: w }\nspec:\n  replicas: 2\n  selector: { matchLabels: { app: w } }\n  template:\n    metadata: { labels: { app: w } }\n    spec: { nodeSelector: { kubernetes.io/hostname: node-1 }, containers: [ { name: c, image: "nginx:1" } ] }\n---\napiVersion: v1\nkind: Service\nmetadata: { name: w }\nspec: { type: NodePort, selector: { app: w }, ports: [ { port: 80, nodePort: 30080 } ] }\n';
    const sc = scenario({ nodes: [{ count: 2 }], manifests: [dep] }, [{ at: 20, do: 'failNode', node: 'node-1' }], 200);
    const before = snap<{ services: Array<{ readyEndpoints: number; type: string }> }>(runTo(sc, 10)).services[0]!;
    expect(before).toMatchObject({ readyEndpoints: 2, type: 'NodePort' });
    const run = runTo(sc, 100);
    expect(snap<{ services: Array<{ readyEndpoints: number }> }>(run).services[0]!.readyEndpoints).toBe(0);
    expect(events(run).some((e) => e.reason === 'NodeNotReady')).toBe(true);
  });
});

describe('PersistentVolume binding (pods/storage/pv-*.yaml semantics)', () => {
  const pv = 'apiVersion: v1\nkind: PersistentVolume\nmetadata: { name: task-pv-volume }\nspec: { storageClassName: manual, capacity: { storage: 10Gi }, accessModes: [ReadWriteOnce] }\n---\n';
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: task-pv-claim }\nspec: { storageClassName: manual, accessModes: [ReadWriteOnce], resources: { requests: { storage: 3Gi } } }\n---\n';
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata: { name: task-pv-pod }\nspec: { volumes: [ { name: v, persistentVolumeClaim: { claimName: task-pv-claim } } ], containers: [ { name: c, image: nginx } ] }\n';
  it('binds the 3Gi claim to the 10Gi manual volume and runs the pod', () => {
    const s = snap<{ others: Array<{ kind: string; phase: string; boundTo?: string }>; pods: Array<{ status: string }> }>(runTo(scenario({ manifests: [pv + pvc + pod] }), 10));
    expect(s.others.find((o) => o.kind === 'PersistentVolumeClaim')).toMatchObject({ phase: 'Bound', boundTo: 'task-pv-volume' });
    expect(s.pods[0]!.status).toBe('Running');
  });
  it('keeps the pod Pending while its claim has no matching volume', () => {
    const run = runTo(scenario({ manifests: [pvc + pod] }), 10);
    expect(events(run).find((e) => e.reason === 'FailedScheduling')!.message).toBe('0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.');
  });
});
