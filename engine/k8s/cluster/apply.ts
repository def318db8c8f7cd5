/**
 * `kubectl apply`: create each object, or update the fields a re-apply may change (replicas,
 * template, strategy, selectors of Services, HPA spec …). Pods are immutable apart from labels and
 * annotations, as upstream. Results read like kubectl's ("deployment.apps/web configured") and
 * carry the document's "not simulated" notes. `deleteObject` removes an object and what it owns
 * (garbage collection with background propagation).
 */
import { ScenarioError } from '../../core/errors';
import { readManifests, type ManifestObject } from '../manifest/read-manifests';
import type { Node } from '../types';
import type { WorkloadObject } from '../workload-types';
import { namespaceExists } from './admission';
import { createPod, deletePod, removePod } from './pods';
import { newUid, nowSec, nowUs, objKey, podKey, requestReconcile, type ClusterState } from './state';

const GROUP: Record<string, string> = { Deployment: 'deployment.apps', ReplicaSet: 'replicaset.apps', DaemonSet: 'daemonset.apps', StatefulSet: 'statefulset.apps', Job: 'job.batch', HorizontalPodAutoscaler: 'horizontalpodautoscaler.autoscaling' };
export const resourceName = (kind: string, name: string): string => `${GROUP[kind] ?? kind.toLowerCase()}/${name}`;

export function addNode(s: ClusterState, node: Node): void {
  node.meta.uid = newUid(s);
  node.lastHeartbeatUs = nowUs(s);
  node.pullBandwidthBytesPerSec = s.config.pullBytesPerSec;
  s.nodes.set(node.meta.name, node);
  s.scheduler.cache.addNode(node);
  requestReconcile(s);
}

function updateExisting(s: ClusterState, old: WorkloadObject, next: WorkloadObject): string {
  const same = JSON.stringify({ ...next, meta: { ...next.meta, uid: 0, createdUs: 0 }, status: null }) === JSON.stringify({ ...old, meta: { ...old.meta, uid: 0, createdUs: 0 }, status: null });
  if (same) return 'unchanged';
  const keep = { meta: { ...next.meta, uid: old.meta.uid, createdUs: old.meta.createdUs, ownerKind: old.meta.ownerKind, ownerName: old.meta.ownerName }, status: (old as { status?: unknown }).status };
  if (old.kind === 'Deployment' && next.kind === 'Deployment') Object.assign(old, next, keep, { collisionCount: old.collisionCount });
  else if (old.kind === 'HorizontalPodAutoscaler' && next.kind === 'HorizontalPodAutoscaler') Object.assign(old, next, keep, { recommendations: old.recommendations, scaleEvents: old.scaleEvents });
  else if (old.kind === 'Service' && next.kind === 'Service') Object.assign(old, next, keep, { clusterIP: old.clusterIP, endpoints: old.endpoints });
  else Object.assign(old, next, keep);
  return 'configured';
}

function applyObject(s: ClusterState, o: ManifestObject, path: string, where: string): string {
  if (o.kind === 'Node') {
    if (s.nodes.has(o.meta.name)) throw new ScenarioError(path, `${where}: node "${o.meta.name}" already exists (nodes are changed with cordon/taint/label commands)`);
    addNode(s, o);
    return 'created';
  }
  if (o.meta.namespace && !namespaceExists(s, o.meta.namespace) && o.kind !== 'Namespace') throw new ScenarioError(path, `${where}: namespaces "${o.meta.namespace}" not found`);
  if (o.kind === 'Pod') {
    const existing = s.pods.get(podKey(o.meta.namespace, o.meta.name));
    if (existing) {
      if (JSON.stringify(existing.spec.containers.map((c) => c.image)) !== JSON.stringify(o.spec.containers.map((c) => c.image))) {
        throw new ScenarioError(path, `${where}: pod "${o.meta.name}" is invalid: spec: Forbidden: pod updates may not change fields other than container images, labels and annotations (delete and re-create the pod)`);
      }
      const changed = JSON.stringify(existing.meta.labels) !== JSON.stringify(o.meta.labels);
      existing.meta.labels = o.meta.labels;
      requestReconcile(s);
      return changed ? 'configured' : 'unchanged';
    }
    const err = createPod(s, o);
    if (err) throw new ScenarioError(path, `${where}: Error from server (Forbidden): ${err}`);
    return 'created';
  }
  const key = objKey(o.kind, o.meta.namespace, o.meta.name);
  const old = s.objects.get(key);
  requestReconcile(s);
  if (old) return updateExisting(s, old, o);
  o.meta.uid = newUid(s);
  o.meta.createdUs = nowUs(s);
  if (o.kind === 'Service') o.clusterIP = o.clusterIP === 'None' ? 'None' : `10.96.0.${10 + (o.meta.uid % 240)}`;
  if (o.kind === 'Deployment') o.status.lastProgressUs = nowUs(s);
  s.objects.set(key, o);
  return 'created';
}

/** Applies YAML text; returns kubectl-like lines. Throws ScenarioError (document/line/field) on bad input. */
export function applyYaml(s: ClusterState, text: string, path: string): string[] {
  const results = readManifests(text, path);
  return results.map((r) => {
    const action = r.object ? applyObject(s, r.object, path, `document ${r.doc} (${r.object.kind} "${r.object.meta.name}")`) : 'skipped (not simulated)';
    const object = r.object ? resourceName(r.object.kind, r.object.meta.name) : r.label;
    s.applyResults.push({ atSec: nowSec(s), doc: r.doc, object, action, notSimulated: r.notSimulated });
    if (s.applyResults.length > 200) s.applyResults.shift();
    return `${object} ${action}${r.notSimulated.length ? ` (not simulated: ${r.notSimulated.join('; ')})` : ''}`;
  });
}

export function deleteObject(s: ClusterState, kind: string, namespace: string, name: string, path: string): void {
  if (kind === 'Pod') {
    const pod = s.pods.get(podKey(namespace, name));
    if (!pod) throw new ScenarioError(path, `pods "${name}" not found`);
    deletePod(s, pod, 'Killing');
    return;
  }
  if (kind === 'Node') {
    if (!s.nodes.has(name)) throw new ScenarioError(path, `nodes "${name}" not found`);
    for (const p of [...s.pods.values()]) if (p.spec.nodeName === name) removePod(s, p);
    s.nodes.delete(name);
    s.scheduler.cache.removeNode(name);
    requestReconcile(s);
    return;
  }
  const key = objKey(kind, namespace, name);
  if (!s.objects.delete(key)) throw new ScenarioError(path, `${kind.toLowerCase()}s "${name}" not found in namespace "${namespace}"`);
  collectOrphans(s, kind, namespace, name);
  requestReconcile(s);
}

function collectOrphans(s: ClusterState, kind: string, namespace: string, name: string): void {
  for (const o of [...s.objects.values()]) {
    if (o.meta.ownerKind === kind && o.meta.ownerName === name && o.meta.namespace === namespace) {
      s.objects.delete(objKey(o.kind, namespace, o.meta.name));
      collectOrphans(s, o.kind, namespace, o.meta.name);
    }
  }
  for (const p of [...s.pods.values()]) if (p.meta.ownerKind === kind && p.meta.ownerName === name && p.meta.namespace === namespace) deletePod(s, p, `owner ${kind.toLowerCase()}/${name} deleted`);
}
