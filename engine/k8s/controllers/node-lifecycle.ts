/**
 * Node lifecycle and taint-based eviction (pkg/controller/nodelifecycle, pkg/controller/tainteviction;
 * refs/kubernetes.md §2.5). Every 5 s (node-monitor-period) the controller checks each node's last
 * heartbeat; after node-monitor-grace-period (default 50 s) without one, Ready becomes Unknown, the
 * node is tainted node.kubernetes.io/unreachable NoSchedule + NoExecute and its pods are marked not
 * ready. NoExecute taints evict pods that do not tolerate them at once, and tolerating pods after
 * their tolerationSeconds (300 s by default, from admission). When heartbeats return the taints go.
 * A cordoned node gets node.kubernetes.io/unschedulable:NoSchedule.
 * Simplification: the eviction rate limit (--node-eviction-rate) and zone states are not simulated;
 * heartbeats are the 10 s Lease renewals, implied while the node is up.
 */
import { UNREACHABLE_TAINT } from '../cluster/admission';
import { deletePod, removePod } from '../cluster/pods';
import { nowUs, recordEvent, requestReconcile, type ClusterState } from '../cluster/state';
import { restartPodAfterNodeRecovery } from '../kubelet/kubelet';
import { tolerationsTolerate } from '../selectors';
import type { Node, Pod, Taint } from '../types';

export const MONITOR_PERIOD_US = 5_000_000;
export const UNSCHEDULABLE_TAINT = 'node.kubernetes.io/unschedulable';

function setTaint(node: Node, taint: Taint): boolean {
  if (node.taints.some((t) => t.key === taint.key && t.effect === taint.effect)) return false;
  node.taints.push(taint);
  return true;
}

export function podsOnNode(s: ClusterState, name: string): Pod[] {
  return s.cache.get(name)?.pods.slice() ?? [];
}

/** Evict now, schedule an eviction, or leave the pod: the NoExecute taint manager's decision. */
export function scheduleEvictions(s: ClusterState, node: Node): void {
  const noExec = node.taints.filter((t) => t.effect === 'NoExecute');
  if (noExec.length === 0) return;
  for (const pod of podsOnNode(s, node.meta.name)) {
    if (pod.meta.deletionUs !== null) continue;
    let evictAtUs: number | null = null;
    let never = true;
    for (const taint of noExec) {
      const tols = pod.spec.tolerations.filter((t) => tolerationsTolerate([t], taint));
      if (tols.length === 0) { evictAtUs = nowUs(s); never = false; break; }
      const secs = tols.map((t) => t.tolerationSeconds).filter((x): x is number => x !== null);
      if (secs.length) {
        never = false;
        const at = (taint.timeAddedUs ?? nowUs(s)) + Math.max(0, Math.min(...secs)) * 1e6;
        evictAtUs = evictAtUs === null ? at : Math.min(evictAtUs, at);
      }
    }
    if (never || evictAtUs === null) continue;
    s.queue.schedule(Math.max(evictAtUs, nowUs(s)), { type: 'evict', podUid: pod.meta.uid, node: node.meta.name }, 3);
  }
}

export function handleEviction(s: ClusterState, podUid: number, nodeName: string): void {
  const pod = s.podsByUid.get(podUid);
  const node = s.nodes.get(nodeName);
  if (!pod || !node || pod.spec.nodeName !== nodeName || pod.meta.deletionUs !== null) return;
  const noExec = node.taints.filter((t) => t.effect === 'NoExecute');
  if (noExec.length === 0) return;
  recordEvent(s, 'Normal', 'TaintManagerEviction', `pod/${pod.meta.name}`, `Marking for deletion Pod ${pod.meta.namespace}/${pod.meta.name}`);
  deletePod(s, pod, 'TaintManagerEviction');
}

function markUnreachable(s: ClusterState, node: Node): void {
  const t = nowUs(s);
  node.ready = 'Unknown';
  node.readyTransitionUs = t;
  recordEvent(s, 'Normal', 'NodeNotReady', `node/${node.meta.name}`, `Node ${node.meta.name} status is now: NodeNotReady`);
  setTaint(node, { key: UNREACHABLE_TAINT, value: '', effect: 'NoSchedule', timeAddedUs: t });
  setTaint(node, { key: UNREACHABLE_TAINT, value: '', effect: 'NoExecute', timeAddedUs: t });
  for (const pod of podsOnNode(s, node.meta.name)) {
    pod.status.nodeLost = true;
    pod.status.ready = false;
    pod.status.readyTransitionUs = t;
    for (const c of pod.status.containers) c.ready = false;
  }
  scheduleEvictions(s, node);
  requestReconcile(s);
}

function markReady(s: ClusterState, node: Node): void {
  node.ready = 'True';
  node.readyTransitionUs = nowUs(s);
  node.taints = node.taints.filter((t) => t.key !== UNREACHABLE_TAINT && t.key !== 'node.kubernetes.io/not-ready');
  recordEvent(s, 'Normal', 'NodeReady', `node/${node.meta.name}`, `Node ${node.meta.name} status is now: NodeReady`);
  for (const pod of podsOnNode(s, node.meta.name)) {
    if (pod.meta.deletionUs !== null) removePod(s, pod);
    else restartPodAfterNodeRecovery(s, pod);
  }
  requestReconcile(s);
}

export function monitorNodes(s: ClusterState): void {
  const t = nowUs(s);
  for (const node of s.nodes.values()) {
    if (node.up) node.lastHeartbeatUs = t;
    const silentUs = t - node.lastHeartbeatUs;
    if (!node.up && node.ready === 'True' && silentUs > s.config.nodeMonitorGracePeriodSec * 1e6) markUnreachable(s, node);
    else if (node.up && node.ready !== 'True') markReady(s, node);
    const cordonTaint = node.taints.some((x) => x.key === UNSCHEDULABLE_TAINT);
    if (node.unschedulable && !cordonTaint) setTaint(node, { key: UNSCHEDULABLE_TAINT, value: '', effect: 'NoSchedule', timeAddedUs: t });
    if (!node.unschedulable && cordonTaint) node.taints = node.taints.filter((x) => x.key !== UNSCHEDULABLE_TAINT);
  }
  s.queue.schedule(t + MONITOR_PERIOD_US, { type: 'nodeMonitor' }, 4);
}
