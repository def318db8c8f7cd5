import { describe, expect, it } from 'vitest';
import { seriesToJson } from '../core/series';
import { createRun } from '../core/run';
import { K8S_EXAMPLE } from './example';
import { k8sModel } from './model';
import { deployYaml, events, pods, runTo, scenario, snap } from './test-helpers';

describe('k8s scenario determinism', () => {
  it('gives identical snapshots and series for the same scenario twice', () => {
    const a = runTo(K8S_EXAMPLE as never, 480);
    const b = runTo(K8S_EXAMPLE as never, 480);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(JSON.stringify(seriesToJson(a.model.series()))).toBe(JSON.stringify(seriesToJson(b.model.series())));
  });
  it('replaying to t equals advancing in steps past earlier times to t', () => {
    const stepped = createRun(k8sModel, K8S_EXAMPLE as never);
    for (const t of [10, 31, 33.3, 90, 200]) stepped.advanceTo(t);
    expect(JSON.stringify(runTo(K8S_EXAMPLE as never, 200).snapshot())).toBe(JSON.stringify(stepped.snapshot()));
  });
  it('changes tie-breaks with the seed but not with repetition', () => {
    const sc = (seed: number) => scenario({ nodes: [{ count: 5 }], manifests: [deployYaml('w', 1, 'busybox:1')] }, [], 10, seed);
    const nodeOf = (seed: number) => pods(runTo(sc(seed), 5))[0]!.node;
    const seen = new Set([1, 2, 3, 4, 5, 6, 7, 8].map(nodeOf));
    expect(seen.size).toBeGreaterThan(1);
    expect(nodeOf(3)).toBe(nodeOf(3));
  });
});

describe('kubelet restart back-off (CrashLoopBackOff)', () => {
  const crashing = (exitAfterSec: number) => scenario({
    nodes: [{ count: 1 }], images: [{ name: 'crash:1', exitAfterSec, exitCode: 1, startSec: 1 }],
    manifests: ['apiVersion: v1\nkind: Pod\nmetadata: { name: c }\nspec: { containers: [ { name: app, image: "crash:1" } ] }\n'],
  });
  it('restarts at once after the first exit, then waits 10, 20, 40, 80, 160, 300, 300 s', () => {
    const run = runTo(crashing(1), 1200);
    const delays = events(run).filter((e) => e.reason === 'BackOff').map((e) => Number(/Back-off (\d+)s/.exec(e.message)![1]));
    expect(delays.slice(0, 7)).toEqual([10, 20, 40, 80, 160, 300, 300]);
    expect(pods(run)[0]!.status).toMatch(/CrashLoopBackOff|Running|Error/);
  });
  it('forgets the back-off after a container has run for more than 10 minutes', () => {
    const run = runTo(crashing(700), 3000);
    expect(events(run).filter((e) => e.reason === 'BackOff')).toEqual([]);
    expect(pods(run)[0]!.restarts).toBeGreaterThanOrEqual(3);
  });
});

describe('node failure and self-healing', () => {
  const sc = scenario({ nodes: [{ count: 3 }], manifests: [deployYaml('web', 3, 'nginx:1.25')] }, [{ at: 60, do: 'failNode', node: 'node-1' }], 1000);
  it('marks the node NotReady after the 50 s grace period and taints it unreachable', () => {
    const run = runTo(sc, 120);
    const e = events(run).find((x) => x.reason === 'NodeNotReady')!;
    expect(e.atSec).toBeGreaterThan(110);
    expect(e.atSec).toBeLessThanOrEqual(115);
    const n = snap<{ nodes: Array<{ name: string; ready: string; taints: Array<{ key: string; effect: string }> }> }>(run).nodes.find((x) => x.name === 'node-1')!;
    expect(n.ready).toBe('Unknown');
    expect(n.taints.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
  });
  it('evicts the pods 300 s later, replaces them elsewhere, and keeps the old one Terminating until the node returns', () => {
    const before = runTo(sc, 5);
    const victim = pods(before).find((p) => p.node === 'node-1');
    if (!victim) return; // no pod landed on node-1 with this seed
    const notReadyAt = events(runTo(sc, 120)).find((x) => x.reason === 'NodeNotReady')!.atSec;
    const run = runTo(sc, notReadyAt + 301);
    const evicted = events(run).find((x) => x.reason === 'TaintManagerEviction')!;
    expect(evicted.atSec).toBe(notReadyAt + 300);
    const ps = pods(run);
    expect(ps.find((p) => p.name === victim.name)!.status).toBe('Terminating');
    expect(ps.filter((p) => p.status === 'Running' && p.node !== 'node-1')).toHaveLength(3);
    const back = runTo({ ...sc, commands: [...sc.commands, { at: notReadyAt + 320, do: 'recoverNode', node: 'node-1' }] }, notReadyAt + 340);
    expect(pods(back).find((p) => p.name === victim.name)).toBeUndefined();
  });
});

describe('rolling update limits', () => {
  it('keeps ≥ 8 available and ≤ 13 pods for 10 replicas at 25 %/25 % through an image update', () => {
    const sc = scenario({ nodes: [{ count: 4, cpu: '8' }], manifests: [deployYaml('web', 10, 'app:1')] }, [{ at: 20, do: 'setImage', deployment: 'web', image: 'app:2' }], 120);
    const run = runTo(sc, 120);
    const s = seriesToJson(run.model.series());
    const t = s.tSec!;
    for (let i = 0; i < t.length; i++) {
      if (t[i]! < 20) continue;
      expect(s.rolloutNewReplicas![i]! + s.rolloutOldReplicas![i]!).toBeLessThanOrEqual(13);
      expect(s.rolloutNewAvailable![i]! + s.rolloutOldAvailable![i]!).toBeGreaterThanOrEqual(8);
    }
    expect(s.rolloutNewAvailable![t.length - 1]).toBe(10);
    expect(s.rolloutOldReplicas![t.length - 1]).toBe(0);
  });
  it('rolls back with rolloutUndo: the old template returns as revision 3', () => {
    const sc = scenario({ nodes: [{ count: 2 }], manifests: [deployYaml('web', 2, 'app:1')] }, [
      { at: 10, do: 'setImage', deployment: 'web', image: 'app:2' }, { at: 40, do: 'rolloutUndo', deployment: 'web' }], 80);
    const s = snap<{ deployments: Array<{ images: string[]; revision: number; complete: boolean }>; replicaSets: Array<{ revision: number; images: string[]; desired: number }> }>(runTo(sc, 80));
    expect(s.deployments[0]).toMatchObject({ images: ['app:1'], revision: 3, complete: true });
    expect(s.replicaSets.find((r) => r.images[0] === 'app:1')).toMatchObject({ revision: 3, desired: 2 });
  });
  it('reports ProgressDeadlineExceeded when the surge pod cannot be scheduled (2 × 1500m on two 2-cpu nodes, surge 1, unavailable 0)', () => {
    const sc = scenario({ nodes: [{ count: 2, cpu: '2' }], manifests: [deployYaml('web', 2, 'app:1', '\n  progressDeadlineSeconds: 60', '1500m')] },
      [{ at: 10, do: 'setImage', deployment: 'web', image: 'app:2' }], 200);
    const run = runTo(sc, 200);
    const d = snap<{ deployments: Array<{ progressing: string; progressReason: string; available: number }> }>(run).deployments[0]!;
    expect(d).toMatchObject({ progressing: 'False', progressReason: 'ProgressDeadlineExceeded', available: 2 });
    const pending = pods(run).find((p) => p.status === 'Pending')!;
    expect(events(run).find((e) => e.object === `pod/${pending.name}` && e.reason === 'FailedScheduling')!.message).toBe('0/2 nodes are available: 2 Insufficient cpu.');
  });
});
