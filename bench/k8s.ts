/**
 * `npm run bench -- k8s [pods] [nodes]`: schedule 20,000 pods onto 5,000 nodes with the default
 * profile (all filters and scores, adaptive percentageOfNodesToScore → 500 nodes per cycle,
 * seeded tie-break) and print pods/s against the 5,000 pods/s target. Baseline, measured in the same
 * process on the same workload: percentageOfNodesToScore = 100 (every node filtered and scored).
 * A third run keeps the full per-node explanation records (what the model does for lab clusters).
 * kube-scheduler's own scalability SLO at this size is about 100 pods/s.
 */
import { createRng } from '../engine/core/rng';
import { emptyPodSpec, makeContainer, makeMeta, makeNode, makePod } from '../engine/k8s/defaults';
import { createClusterCache } from '../engine/k8s/scheduler/node-info';
import { defaultProfile } from '../engine/k8s/scheduler/profile';
import { scheduleOne, type SchedulerContext } from '../engine/k8s/scheduler/schedule-one';
import type { Pod } from '../engine/k8s/types';

const MIB = 2 ** 20;

function workload(podCount: number, seed: number): Pod[] {
  const rng = createRng(seed);
  return Array.from({ length: podCount }, (_, i) => {
    const spec = emptyPodSpec();
    spec.containers = [makeContainer('app', `app-${i % 50}:1`, { cpu: 50 + rng.int(10) * 50, memory: (64 + rng.int(8) * 64) * MIB })];
    const pod = makePod(makeMeta(`pod-${i}`, 'default', i + 1, i), spec);
    pod.meta.labels = { app: `app-${i % 50}` };
    return pod;
  });
}

interface Rate { podsPerSec: number; podsPerCpuSec: number; bound: number; examined: number }

function run(podCount: number, nodeCount: number, pct: number, detailed: boolean): Rate {
  const cache = createClusterCache();
  for (let i = 0; i < nodeCount; i++) {
    const n = makeNode(`node-${i}`, { cpu: 8000, memory: 32 * 1024 * MIB, pods: 110 }, i + 1);
    n.meta.labels['topology.kubernetes.io/zone'] = `zone-${i % 3}`;
    if (i % 7 === 0) n.images = [{ name: `app-${i % 50}:1`, sizeBytes: 200 * MIB }];
    cache.addNode(n);
  }
  const profile = { ...defaultProfile(), percentageOfNodesToScore: pct };
  const ctx: SchedulerContext = { cache, profile, rng: createRng(1), nextStartIndex: 0, detailed, defaultSpreadSelector: () => null, preFilterReason: () => '' };
  const pods = workload(podCount, 7);
  let bound = 0;
  let examined = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const pod of pods) {
    const r = scheduleOne(ctx, pod, 0, 1);
    examined += r.explanation.nodesExamined;
    if (r.node) { cache.addPod(pod, r.node); pod.spec.nodeName = r.node; bound++; }
  }
  const sec = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  return { podsPerSec: podCount / sec, podsPerCpuSec: podCount / cpuSec, bound, examined: examined / podCount };
}

export async function run_(args: string[]): Promise<void> {
  const pods = Number(args[0] ?? 20000);
  const nodes = Number(args[1] ?? 5000);
  run(2000, nodes, 0, false); // warm-up (JIT)
  const main = run(pods, nodes, 0, false);
  const baseline = run(Math.min(pods, 4000), nodes, 100, false);
  const detailed = run(Math.min(pods, 4000), nodes, 0, true);
  const fmt = (r: Rate): string => `${r.podsPerSec.toFixed(0).padStart(7)} pods/s wall, ${r.podsPerCpuSec.toFixed(0).padStart(7)} pods per CPU-second`;
  console.log(`k8s scheduler: ${pods} pods onto ${nodes} nodes, default profile (seeded tie-break)`);
  console.log(`  default (percentageOfNodesToScore adaptive): ${fmt(main)}, ${main.bound} bound, ${main.examined.toFixed(0)} nodes examined per pod`);
  console.log(`  baseline (percentageOfNodesToScore = 100):  ${fmt(baseline)}, ${baseline.examined.toFixed(0)} nodes examined per pod (first ${Math.min(pods, 4000)} pods)`);
  console.log(`  with full explanation records:              ${fmt(detailed)} (first ${Math.min(pods, 4000)} pods)`);
  console.log(`  ratio default / baseline (CPU time): ${(main.podsPerCpuSec / baseline.podsPerCpuSec).toFixed(2)}×; vs target 5,000 pods/s: ${(main.podsPerSec / 5000).toFixed(2)}× wall, ${(main.podsPerCpuSec / 5000).toFixed(2)}× CPU; vs kube-scheduler SLO ~100 pods/s: ${(main.podsPerSec / 100).toFixed(0)}×`);
  console.log('  (wall-clock rates depend on machine load; pods per CPU-second is the load-independent figure)');
}

export { run_ as run };
