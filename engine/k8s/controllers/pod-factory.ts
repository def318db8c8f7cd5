/**
 * Pods from a controller's template (controller_utils.go GetPodFromTemplate): labels and
 * annotations copied, owner recorded, spec deep-copied so controllers never share mutable state.
 */
import { createPod } from '../cluster/pods';
import { recordEvent, type ClusterState } from '../cluster/state';
import { makeMeta, makePod } from '../defaults';
import type { Pod, PodTemplate } from '../types';

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Creates the pod, or records FailedCreate on the owner and returns null. */
export function createFromTemplate(s: ClusterState, template: PodTemplate, namespace: string, name: string, ownerKind: string, ownerName: string, extraLabels: Record<string, string> = {}): Pod | null {
  const meta = makeMeta(name, namespace, 0, 0);
  meta.labels = { ...template.labels, ...extraLabels };
  meta.annotations = { ...template.annotations };
  meta.ownerKind = ownerKind;
  meta.ownerName = ownerName;
  const pod = makePod(meta, clone(template.spec));
  const err = createPod(s, pod);
  const owner = `${ownerKind.toLowerCase()}/${ownerName}`;
  if (err) {
    recordEvent(s, 'Warning', 'FailedCreate', owner, `Error creating: ${err}`);
    return null;
  }
  recordEvent(s, 'Normal', 'SuccessfulCreate', owner, `Created pod: ${name}`);
  return pod;
}

/** Pods owned by the named controller (active or finished, terminating included). */
export function ownedPods(s: ClusterState, kind: string, namespace: string, name: string): Pod[] {
  const out: Pod[] = [];
  for (const p of s.pods.values()) if (p.meta.ownerKind === kind && p.meta.ownerName === name && p.meta.namespace === namespace) out.push(p);
  return out;
}

/** controller.IsPodActive: not terminating and not finished. */
export const isActive = (p: Pod): boolean => p.meta.deletionUs === null && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed';

/** Ready for at least minReadySec at nowUs (podutil.IsPodAvailable). */
export const isAvailable = (p: Pod, minReadySec: number, nowUs: number): boolean =>
  p.status.ready && (minReadySec === 0 || (p.status.readyTransitionUs !== null && p.status.readyTransitionUs + minReadySec * 1e6 <= nowUs));
