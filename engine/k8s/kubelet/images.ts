/**
 * Image pulls: an image is a list of layers (digest, size); a node keeps the layers it has
 * pulled, so layers shared with an image already present are not pulled again. The kubelet pulls
 * one image at a time per node (serializeImagePulls=true by default), at the node's bandwidth.
 * `imagePullPolicy: Always` still asks the registry (modelled as 0.1 s) even when nothing is missing.
 * Unknown images get one 30 MiB layer of their own.
 * Simplification: all of a pod's images are queued at bind time, before its init containers run.
 */
import type { ImageBehavior, ImageParam } from '../cluster/config';
import type { ClusterState } from '../cluster/state';
import type { Node, Pod } from '../types';

const MIB = 2 ** 20;
export const REGISTRY_CHECK_US = 100_000;

export function imageOf(s: ClusterState, name: string): ImageParam {
  return s.config.images.get(name) ?? { name, layers: [{ digest: `sha256:${name}`, sizeBytes: 30 * MIB }], behavior: defaultBehavior() };
}

export function defaultBehavior(): ImageBehavior {
  return { startSec: 1, readyAfterSec: 0, exitAfterSec: null, exitCode: 0, livenessFailsAfterSec: null, idleCpuMilli: 1 };
}

export interface PullPlan { doneUs: number; pulledBytes: number; neverPullMissing: string }

/** Queues the pod's pulls on the node; returns when they finish. The image becomes visible (ImageLocality) at `commitPulls`. */
export function planPulls(s: ClusterState, pod: Pod, node: Node, nowUs: number): PullPlan {
  const have = new Set(node.layers);
  let bytes = 0;
  let checks = 0;
  const seen = new Set<string>();
  for (const c of [...pod.spec.initContainers, ...pod.spec.containers]) {
    if (seen.has(c.image)) continue;
    seen.add(c.image);
    const missing = imageOf(s, c.image).layers.filter((l) => !have.has(l.digest));
    if (missing.length && c.imagePullPolicy === 'Never') return { doneUs: nowUs, pulledBytes: 0, neverPullMissing: c.image };
    for (const l of missing) { bytes += l.sizeBytes; have.add(l.digest); }
    if (missing.length || c.imagePullPolicy === 'Always') checks++;
  }
  // Pulls are serialized, so a later pod's pull starts after these layers have landed.
  node.layers = [...have];
  const start = Math.max(nowUs, node.pullBusyUntilUs);
  const doneUs = start + checks * REGISTRY_CHECK_US + Math.round((bytes / node.pullBandwidthBytesPerSec) * 1e6);
  node.pullBusyUntilUs = doneUs;
  return { doneUs, pulledBytes: bytes, neverPullMissing: '' };
}

/** Records the pod's images and their layers as present on the node. */
export function commitPulls(s: ClusterState, pod: Pod, node: Node): void {
  const layers = new Set(node.layers);
  for (const c of [...pod.spec.initContainers, ...pod.spec.containers]) {
    const img = imageOf(s, c.image);
    for (const l of img.layers) layers.add(l.digest);
    if (!node.images.some((i) => i.name === c.image)) node.images.push({ name: c.image, sizeBytes: img.layers.reduce((a, l) => a + l.sizeBytes, 0) });
  }
  node.layers = [...layers];
  s.cache.refreshImages(node);
}
