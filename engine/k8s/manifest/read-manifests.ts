/**
 * `kubectl apply -f` input → typed objects. Each YAML document is checked for apiVersion/kind,
 * read field by field, and every field left unread is listed as "not simulated" in the result
 * (kinds the simulation does not model are reported whole and skipped, never silently dropped).
 */
import { makePod } from '../defaults';
import type { Node, Pod } from '../types';
import type { WorkloadObject } from '../workload-types';
import { at, fail, obj, rootCursor, str, unconsumedPaths, type Cursor } from './cursor';
import { readHpa } from './read-hpa';
import { readMeta } from './read-meta';
import { readNodeManifest, readService, readSimple } from './read-others';
import { readPodSpec } from './read-pod-spec';
import { readDaemonSet, readDeployment, readJob, readReplicaSet, readStatefulSet } from './read-workloads';
import { parseYamlDocuments } from './yaml-docs';

export type ManifestObject = Pod | Node | WorkloadObject;

export interface ReadResult {
  doc: number;
  /** "Deployment/nginx" or "CronJob (not simulated)". */
  label: string;
  object: ManifestObject | null;
  notSimulated: string[];
}

const API_VERSIONS: Record<string, string[]> = {
  Pod: ['v1'], Service: ['v1'], Node: ['v1'], Namespace: ['v1'], ConfigMap: ['v1'], Secret: ['v1'], ResourceQuota: ['v1'],
  LimitRange: ['v1'], PersistentVolume: ['v1'], PersistentVolumeClaim: ['v1'],
  Deployment: ['apps/v1'], ReplicaSet: ['apps/v1'], DaemonSet: ['apps/v1'], StatefulSet: ['apps/v1'], Job: ['batch/v1'],
  HorizontalPodAutoscaler: ['autoscaling/v2'],
};

function readPod(root: Cursor): Pod {
  const meta = readMeta(root, true);
  return makePod(meta, readPodSpec(at(root, 'spec')));
}

function readObject(root: Cursor, kind: string): ManifestObject {
  switch (kind) {
    case 'Pod': return readPod(root);
    case 'Deployment': return readDeployment(root);
    case 'ReplicaSet': return readReplicaSet(root);
    case 'DaemonSet': return readDaemonSet(root);
    case 'StatefulSet': return readStatefulSet(root);
    case 'Job': return readJob(root);
    case 'Service': return readService(root);
    case 'HorizontalPodAutoscaler': return readHpa(root);
    case 'Node': return readNodeManifest(root);
    default: return readSimple(root, kind as Parameters<typeof readSimple>[1]);
  }
}

export function readManifests(text: string, scenarioPath: string): ReadResult[] {
  return parseYamlDocuments(text, scenarioPath).map((doc) => {
    const root = rootCursor(doc, scenarioPath);
    if (!obj(root)) fail(root, 'a manifest must be a mapping with apiVersion, kind and metadata');
    const kind = str(at(root, 'kind'));
    const apiC = at(root, 'apiVersion');
    const apiVersion = str(apiC);
    const known = API_VERSIONS[kind];
    if (!known) return { doc: doc.index, label: `${kind} (${apiVersion})`, object: null, notSimulated: [`kind ${kind} (${apiVersion}): this kind is not simulated; the document was skipped`] };
    if (!known.includes(apiVersion)) fail(apiC, `no matches for kind "${kind}" in version "${apiVersion}" (simulated: ${known.join(', ')})`);
    const name = typeof (root.value as { metadata?: { name?: unknown } }).metadata?.name === 'string' ? (root.value as { metadata: { name: string } }).metadata.name : '?';
    root.ctx.label = `document ${doc.index} (${kind} "${name}")`;
    const object = readObject(root, kind);
    return { doc: doc.index, label: `${kind}/${object.meta.name}`, object, notSimulated: unconsumedPaths(root.ctx).map((p) => `${p}`) };
  });
}
