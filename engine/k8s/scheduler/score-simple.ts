/**
 * TaintToleration, NodeAffinity and ImageLocality scores, and the shared normalisation
 * (pkg/scheduler/framework/plugins/helper/normalize_score.go DefaultNormalizeScore).
 * TaintToleration: raw = PreferNoSchedule taints not tolerated; normalised in reverse.
 * NodeAffinity: raw = Σ weights of matching preferred terms; normalised to the maximum.
 * ImageLocality: Σ size × (nodes with image / all nodes) over the pod's images, clamped to
 * [23 MiB, 1000 MiB × containers] and mapped linearly onto 0..100 (image_locality.go).
 */
import { matchNodeSelectorTerm, tolerationsTolerate } from '../selectors';
import type { CycleState } from './cycle-state';
import type { ClusterCache, NodeInfo } from './node-info';

const MAX = 100;
const MIB = 1024 * 1024;
export const IMAGE_MIN_THRESHOLD_BYTES = 23 * MIB;
export const IMAGE_MAX_CONTAINER_THRESHOLD_BYTES = 1000 * MIB;

/** DefaultNormalizeScore(100, reverse): max 0 → all 0 (or all 100 when reversed). */
export function defaultNormalize(raw: readonly number[], reverse: boolean): number[] {
  let max = 0;
  for (const r of raw) if (r > max) max = r;
  if (max === 0) return raw.map(() => (reverse ? MAX : 0));
  return raw.map((r) => {
    const s = Math.trunc((MAX * r) / max);
    return reverse ? MAX - s : s;
  });
}

export function taintTolerationRaw(s: CycleState, info: NodeInfo): number {
  let n = 0;
  for (const taint of info.node.taints) {
    if (taint.effect === 'PreferNoSchedule' && !tolerationsTolerate(s.preferNoScheduleTolerations, taint)) n++;
  }
  return n;
}

export function nodeAffinityRaw(s: CycleState, info: NodeInfo): number {
  let sum = 0;
  for (const t of s.pod.spec.affinity.nodePreferred) {
    if (t.weight !== 0 && matchNodeSelectorTerm(t.preference, info.node.meta.name, info.node.meta.labels)) sum += t.weight;
  }
  return sum;
}

export function imageLocalityScore(s: CycleState, info: NodeInfo, cache: ClusterCache, totalNodes: number): number {
  if (info.imageSizes.size === 0) return 0;
  let sum = 0;
  for (const name of s.imageNames) {
    const size = info.imageSizes.get(name);
    if (size !== undefined) sum += Math.trunc(size * (cache.imageNodeCount(name) / totalNodes));
  }
  const maxThreshold = IMAGE_MAX_CONTAINER_THRESHOLD_BYTES * s.imageNames.length;
  const clamped = Math.min(Math.max(sum, IMAGE_MIN_THRESHOLD_BYTES), maxThreshold);
  return Math.trunc((MAX * (clamped - IMAGE_MIN_THRESHOLD_BYTES)) / (maxThreshold - IMAGE_MIN_THRESHOLD_BYTES));
}
