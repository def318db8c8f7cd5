/**
 * Pod bookkeeping: creation (after admission), binding to a node (the scheduler's Bind), graceful
 * deletion (deletionTimestamp → Terminating → gone once the kubelet has stopped the containers;
 * a pod on an unreachable node stays Terminating until the node returns) and final removal.
 */
import { admitPod } from './admission';
import { startPodOnNode, stopPod } from '../kubelet/kubelet';
import type { Pod } from '../types';
import { newUid, nowUs, podKey, recordEvent, requestReconcile, type ClusterState } from './state';

export const podLabel = (p: Pod): string => `pod/${p.meta.name}`;

/** Creates a pod; returns '' or the admission error. */
export function createPod(s: ClusterState, pod: Pod): string {
  const reason = admitPod(s, pod);
  if (reason) return reason;
  pod.meta.uid = newUid(s);
  pod.meta.createdUs = nowUs(s);
  pod.status.containers = [...pod.spec.initContainers.map((c) => ({ c, init: true })), ...pod.spec.containers.map((c) => ({ c, init: false }))].map(({ c, init }) => ({
    name: c.name, image: c.image, init, current: { state: 'waiting' as const, reason: init ? 'PodInitializing' : 'ContainerCreating' }, ready: false,
    restartCount: 0, backoffSec: 0, backoffUpdatedUs: null, livenessFailures: 0, readinessSuccesses: 0,
  }));
  pod.status.initIndex = pod.spec.initContainers.length > 0 ? 0 : -1;
  s.pods.set(podKey(pod.meta.namespace, pod.meta.name), pod);
  s.podsByUid.set(pod.meta.uid, pod);
  if (pod.spec.nodeName) bindPod(s, pod, pod.spec.nodeName, 'bypassed the scheduler: spec.nodeName was set');
  requestReconcile(s);
  return '';
}

export function bindPod(s: ClusterState, pod: Pod, nodeName: string, message: string): void {
  const node = s.nodes.get(nodeName);
  pod.spec.nodeName = nodeName;
  pod.status.scheduledReason = '';
  s.cache.addPod(pod, nodeName);
  recordEvent(s, 'Normal', 'Scheduled', podLabel(pod), `Successfully assigned ${pod.meta.namespace}/${pod.meta.name} to ${nodeName}${message ? ` (${message})` : ''}`);
  if (node && node.up) startPodOnNode(s, pod, node);
  else if (node) pod.status.nodeLost = true;
}

/** Graceful delete: marks the pod Terminating; the kubelet finishes it. */
export function deletePod(s: ClusterState, pod: Pod, reason: string): void {
  if (pod.meta.deletionUs !== null) return;
  pod.meta.deletionUs = nowUs(s);
  pod.status.ready = false;
  recordEvent(s, 'Normal', reason, podLabel(pod), reason === 'Killing' ? 'Stopping container' : `Deleting pod: ${reason}`);
  const node = pod.spec.nodeName ? s.nodes.get(pod.spec.nodeName) : undefined;
  if (!node) removePod(s, pod);
  else if (node.up) stopPod(s, pod);
  requestReconcile(s);
}

export function removePod(s: ClusterState, pod: Pod): void {
  const key = podKey(pod.meta.namespace, pod.meta.name);
  if (s.pods.get(key) !== pod) return;
  s.pods.delete(key);
  s.podsByUid.delete(pod.meta.uid);
  if (pod.spec.nodeName) s.cache.removePod(pod, pod.spec.nodeName);
  s.metrics.delete(key);
  requestReconcile(s);
}
