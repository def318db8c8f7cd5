import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seriesToJson } from '../core/series';
import { deployYaml, events, pods, runTo, scenario, snap } from './test-helpers';

const EX = fileURLToPath(new URL('../../../shared/data/k8s-examples/', import.meta.url));
const example = (rel: string): string | null => (existsSync(EX + rel) ? readFileSync(EX + rel, 'utf8') : null);

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
        resources: { limits: { cpu: 500m }, requests: { cpu: 200m } }
---
apiVersion: v1
kind: Service
metadata: { name: php-apache }
spec: { selector: { run: php-apache }, ports: [ { port: 80 } ] }
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

describe('HorizontalPodAutoscaler end to end (php-apache walkthrough)', () => {
  const sc = scenario({ nodes: [{ count: 3 }], proxyMode: 'ipvs', images: [{ name: 'registry.k8s.io/hpa-example', idleCpuMilli: 0 }], manifests: [PHP] },
    [{ at: 30, do: 'setTraffic', service: 'php-apache', requestsPerSec: 40, cpuMilliPerRequest: 10 }, { at: 400, do: 'setTraffic', service: 'php-apache', requestsPerSec: 0 }], 900);
  it('scales 1 → 4 under 400m of load on 200m pods (200 % of a 50 % target: legacy limit max(2×1, 4) = 4)', () => {
    const run = runTo(sc, 120);
    const rescale = events(run).filter((e) => e.reason === 'SuccessfulRescale');
    expect(rescale[0]!.message).toMatch(/^New size: 4; reason: cpu resource utilization/);
    const h = snap<{ hpas: Array<{ currentMetric: number; desiredReplicas: number }> }>(run).hpas[0]!;
    // 400m spread over 4 pods of 200m = 50 %: within tolerance, stays at 4
    expect(h.currentMetric).toBe(50);
    expect(h.desiredReplicas).toBe(4);
  });
  it('waits the 300 s downscale stabilization window after the load stops, then scales to minReplicas', () => {
    const run = runTo(sc, 900);
    const down = events(run).filter((e) => e.reason === 'SuccessfulRescale' && e.message.startsWith('New size: 1'))[0]!;
    expect(down.atSec).toBeGreaterThanOrEqual(400 + 300);
    expect(down.atSec).toBeLessThanOrEqual(400 + 300 + 30);
    const s = seriesToJson(runTo(sc, 900).model.series());
    const last = s.hpaCurrentReplicas!.length - 1;
    expect(s.hpaCurrentReplicas![last]).toBe(1);
  });
});

describe('StatefulSet (application/web/web.yaml)', () => {
  it('creates web-0, then web-1 only once web-0 is Running and Ready', () => {
    const text = example('application/web/web.yaml');
    if (!text) return;
    const run = runTo(scenario({ nodes: [{ count: 2 }], manifests: [text] }), 30);
    const created = events(run).filter((e) => e.reason === 'SuccessfulCreate').map((e) => [e.message, e.atSec] as const);
    expect(created.map((c) => c[0])).toEqual(['Created pod: web-0', 'Created pod: web-1']);
    expect(created[1]![1]).toBeGreaterThan(created[0]![1]);
    const claims = snap<{ others: Array<{ kind: string; name: string; phase: string }> }>(run).others.filter((o) => o.kind === 'PersistentVolumeClaim');
    expect(claims.map((c) => c.name)).toEqual(['www-web-0', 'www-web-1']);
  });
});

describe('Job (controllers/job.yaml)', () => {
  it('runs the pi pod to completion and marks the Job Complete', () => {
    const text = example('controllers/job.yaml');
    if (!text) return;
    const run = runTo(scenario({ nodes: [{ count: 1 }], manifests: [text] }), 60);
    const job = snap<{ jobs: Array<{ condition: string; succeeded: number }> }>(run).jobs[0]!;
    expect(job).toMatchObject({ condition: 'Complete', succeeded: 1 });
    expect(pods(run)[0]!.status).toBe('Completed');
  });
  it('fails with BackoffLimitExceeded after backoffLimit + 1 failed pods (restartPolicy Never)', () => {
    const yaml = 'apiVersion: batch/v1\nkind: Job\nmetadata: { name: bad }\nspec:\n  backoffLimit: 2\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [ { name: c, image: "fail:1" } ]\n';
    const run = runTo(scenario({ nodes: [{ count: 1 }], images: [{ name: 'fail:1', exitAfterSec: 1, exitCode: 2 }], manifests: [yaml] }), 300);
    expect(snap<{ jobs: Array<{ condition: string; reason: string; failed: number }> }>(run).jobs[0]).toMatchObject({ condition: 'Failed', reason: 'BackoffLimitExceeded', failed: 3 });
  });
});

describe('DaemonSet (controllers/daemonset.yaml)', () => {
  it('runs one pod per node, including a master-tainted node it tolerates', () => {
    const text = example('controllers/daemonset.yaml');
    if (!text) return;
    const nodes = [{ count: 2 }, { name: 'master', taints: [{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }] }, { name: 'gpu', taints: [{ key: 'gpu', effect: 'NoSchedule' }] }];
    const run = runTo(scenario({ nodes, manifests: [text] }), 20);
    expect(pods(run).map((p) => p.node).sort()).toEqual(['master', 'node-1', 'node-2']);
  });
});

describe('ReplicaSet scale-down ranking', () => {
  it('deletes a Pending (unschedulable) pod before running ones, then the pod doubled up on a node', () => {
    const sc = scenario({ nodes: [{ count: 2, cpu: '1' }], manifests: [deployYaml('w', 5, 'app:1', '', '400m')] }, [{ at: 20, do: 'scale', name: 'w', replicas: 3 }], 40);
    const before = pods(runTo(sc, 19));
    expect(before.filter((p) => p.status === 'Pending')).toHaveLength(1);
    const after = pods(runTo(sc, 21)).filter((p) => p.status !== 'Terminating');
    expect(after).toHaveLength(3);
    expect(after.every((p) => p.node !== null)).toBe(true);
    const perNode = after.reduce<Record<string, number>>((m, p) => ({ ...m, [p.node!]: (m[p.node!] ?? 0) + 1 }), {});
    expect(Object.values(perNode).sort()).toEqual([1, 2]);
  });
});

describe('taints and tolerations (lab task)', () => {
  const tainted = { nodes: [{ count: 2, taints: [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }] }] };
  it('leaves a pod Pending with the upstream message, then schedules it once tolerated', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { containers: [ { name: c, image: "busybox:1" } ] }\n';
    const run = runTo(scenario({ ...tainted, manifests: [pod] }), 5);
    expect(pods(run)[0]!.status).toBe('Pending');
    expect(events(run).find((e) => e.reason === 'FailedScheduling')!.message).toBe('0/2 nodes are available: 2 node(s) had untolerated taint {dedicated: db}.');
    const tolerant = pod.replace('p }', 'q }').replace('spec: {', 'spec: { tolerations: [ { key: dedicated, operator: Equal, value: db, effect: NoSchedule } ],');
    expect(pods(runTo(scenario({ ...tainted, manifests: [tolerant] }), 5))[0]!.status).toBe('Running');
  });
});

describe('image pulls with layers', () => {
  it('pulls only the layers a node lacks (shared base layer pulled once)', () => {
    const images = [{ name: 'a:1', layers: [{ digest: 'base', sizeMiB: 100 }, { digest: 'a', sizeMiB: 10 }] }, { name: 'b:1', layers: [{ digest: 'base', sizeMiB: 100 }, { digest: 'b', sizeMiB: 20 }] }];
    const pod = (n: string, img: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: ${n} }\nspec: { nodeName: node-1, containers: [ { name: c, image: "${img}" } ] }\n---\n`;
    const run = runTo(scenario({ nodes: [{ count: 1 }], imagePullMiBps: 10, images, manifests: [pod('a', 'a:1') + pod('b', 'b:1')] }), 30);
    const pulls = events(run).filter((e) => e.reason === 'Pulling').map((e) => e.message);
    expect(pulls).toEqual(['Pulling 110 MiB of missing layers', 'Pulling 20 MiB of missing layers']);
    expect(pods(run).map((p) => p.status)).toEqual(['Running', 'Running']);
  });
});
