/**
 * The `k8s` scenario's commands — kubectl verbs and cluster events. Each validates its arguments
 * (ScenarioError naming the command's JSON path) and changes state at the current instant.
 */
import { joinPath, ScenarioError } from '../core/errors';
import type { Command, CommandDoc } from '../core/model';
import { readBoolean, readEnum, readNumber, readString } from '../core/params';
import { addNode, applyYaml, deleteObject } from './cluster/apply';
import { deletePod } from './cluster/pods';
import { objKey, podKey, recordEvent, requestReconcile, type ClusterState } from './cluster/state';
import { deploymentReplicaSets } from './controllers/deployment';
import { clone } from './controllers/pod-factory';
import { podsOnNode, scheduleEvictions } from './controllers/node-lifecycle';
import { makeNode } from './defaults';
import { parseResourceQuantity } from './quantity';
import type { Node } from './types';
import type { Deployment } from './workload-types';

export const COMMAND_DOCS: CommandDoc[] = [
  { do: 'apply', summary: 'kubectl apply -f: create or update objects from YAML (multi-document, KYAML)', args: { yaml: 'manifest text' } },
  { do: 'delete', summary: 'kubectl delete', args: { kind: 'Pod, Deployment, Service, Node …', name: 'object name', namespace: 'default: "default"' } },
  { do: 'scale', summary: 'kubectl scale', args: { kind: 'Deployment (default), ReplicaSet or StatefulSet', name: 'object name', replicas: 'integer ≥ 0' } },
  { do: 'setImage', summary: 'kubectl set image: change a Deployment container image (starts a rollout)', args: { deployment: 'name', container: 'default: first', image: 'image' } },
  { do: 'rolloutUndo', summary: 'kubectl rollout undo', args: { deployment: 'name', toRevision: 'default: previous' } },
  { do: 'rolloutPause', summary: 'kubectl rollout pause', args: { deployment: 'name' } },
  { do: 'rolloutResume', summary: 'kubectl rollout resume', args: { deployment: 'name' } },
  { do: 'setMetrics', summary: 'set pod cpu usage explicitly (millicores; null clears)', args: { pod: 'pod name', deployment: 'or every pod of a Deployment', cpuMilli: 'number or null' } },
  { do: 'setTraffic', summary: 'requests per second to a Service', args: { service: 'name', requestsPerSec: '≥ 0', cpuMilliPerRequest: 'cpu-ms per request, default 10' } },
  { do: 'failNode', summary: 'power a node off (heartbeats stop)', args: { node: 'name' } },
  { do: 'recoverNode', summary: 'power a node back on', args: { node: 'name' } },
  { do: 'cordon', summary: 'kubectl cordon', args: { node: 'name' } },
  { do: 'uncordon', summary: 'kubectl uncordon', args: { node: 'name' } },
  { do: 'drain', summary: 'kubectl drain --ignore-daemonsets: cordon, then evict every non-DaemonSet pod', args: { node: 'name' } },
  { do: 'taint', summary: 'kubectl taint', args: { node: 'name', key: 'taint key', value: 'default ""', effect: 'NoSchedule | PreferNoSchedule | NoExecute', remove: 'true to remove' } },
  { do: 'label', summary: 'kubectl label', args: { kind: 'Node or Pod', name: 'object name', key: 'label key', value: 'string, or null to remove' } },
  { do: 'addNode', summary: 'add a node', args: { name: 'name', cpu: 'default "4"', memory: 'default "8Gi"', pods: 'default 110', zone: 'optional zone label' } },
  { do: 'setProbe', summary: 'force a container probe result', args: { pod: 'pod name', container: 'default: first', ready: 'readiness result', live: 'liveness result' } },
];

type Args = Record<string, unknown>;

function node(s: ClusterState, c: Args, path: string): Node {
  const name = readString(c, 'node', path);
  const n = s.nodes.get(name);
  if (!n) throw new ScenarioError(joinPath(path, 'node'), `nodes "${name}" not found (have: ${[...s.nodes.keys()].join(', ')})`);
  return n;
}

function deployment(s: ClusterState, c: Args, path: string): Deployment {
  const name = readString(c, 'deployment', path);
  const o = s.objects.get(objKey('Deployment', readString(c, 'namespace', path, 'default'), name));
  if (!o || o.kind !== 'Deployment') throw new ScenarioError(joinPath(path, 'deployment'), `deployments.apps "${name}" not found`);
  return o;
}

function scale(s: ClusterState, c: Args, path: string): void {
  const kind = readEnum(c, 'kind', path, ['Deployment', 'ReplicaSet', 'StatefulSet'] as const, 'Deployment');
  const name = readString(c, 'name', path);
  const o = s.objects.get(objKey(kind, readString(c, 'namespace', path, 'default'), name));
  if (!o || (o.kind !== 'Deployment' && o.kind !== 'ReplicaSet' && o.kind !== 'StatefulSet')) throw new ScenarioError(joinPath(path, 'name'), `${kind.toLowerCase()} "${name}" not found`);
  o.replicas = readNumber(c, 'replicas', path, { integer: true, min: 0, max: 10000 });
}

function rolloutUndo(s: ClusterState, c: Args, path: string): void {
  const d = deployment(s, c, path);
  const rss = deploymentReplicaSets(s, d).sort((a, b) => b.revision - a.revision);
  const to = c.toRevision === undefined ? rss[1] : rss.find((r) => r.revision === readNumber(c, 'toRevision', path, { integer: true, min: 1 }));
  if (!to) throw new ScenarioError(joinPath(path, c.toRevision === undefined ? 'deployment' : 'toRevision'), c.toRevision === undefined ? 'no rollout history found: there is no previous revision' : 'unable to find the specified revision');
  const template = clone(to.template);
  delete template.labels['pod-template-hash'];
  d.template = template;
  recordEvent(s, 'Normal', 'DeploymentRollback', `deployment/${d.meta.name}`, `Rolled back deployment "${d.meta.name}" to revision ${to.revision}`);
}

function setImage(s: ClusterState, c: Args, path: string): void {
  const d = deployment(s, c, path);
  const name = c.container === undefined ? d.template.spec.containers[0]!.name : readString(c, 'container', path);
  const ct = d.template.spec.containers.find((x) => x.name === name);
  if (!ct) throw new ScenarioError(joinPath(path, 'container'), `unable to find container named "${name}"`);
  ct.image = readString(c, 'image', path);
}

function setMetrics(s: ClusterState, c: Args, path: string): void {
  const value = c.cpuMilli === null ? null : readNumber(c, 'cpuMilli', path, { min: 0 });
  const ns = readString(c, 'namespace', path, 'default');
  const keys = c.deployment !== undefined
    ? [...s.pods.values()].filter((p) => p.meta.namespace === ns && p.meta.ownerKind === 'ReplicaSet' && p.meta.ownerName.startsWith(`${deployment(s, c, path).meta.name}-`)).map((p) => podKey(ns, p.meta.name))
    : [podKey(ns, readString(c, 'pod', path))];
  for (const k of keys) { if (value === null) s.metricOverrides.delete(k); else s.metricOverrides.set(k, value); }
}

function taint(s: ClusterState, c: Args, path: string): void {
  const n = node(s, c, path);
  const key = readString(c, 'key', path);
  const effect = readEnum(c, 'effect', path, ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const);
  n.taints = n.taints.filter((t) => !(t.key === key && t.effect === effect));
  if (!readBoolean(c, 'remove', path, false)) n.taints.push({ key, value: readString(c, 'value', path, ''), effect, timeAddedUs: s.queue.nowUs });
  scheduleEvictions(s, n);
}

function label(s: ClusterState, c: Args, path: string): void {
  const kind = readEnum(c, 'kind', path, ['Node', 'Pod'] as const, 'Node');
  const name = readString(c, 'name', path);
  const target = kind === 'Node' ? s.nodes.get(name) : s.pods.get(podKey(readString(c, 'namespace', path, 'default'), name));
  if (!target) throw new ScenarioError(joinPath(path, 'name'), `${kind.toLowerCase()}s "${name}" not found`);
  const key = readString(c, 'key', path);
  if (c.value === null) delete target.meta.labels[key];
  else target.meta.labels[key] = readString(c, 'value', path);
}

function addNodeCmd(s: ClusterState, c: Args, path: string): void {
  const name = readString(c, 'name', path);
  if (s.nodes.has(name)) throw new ScenarioError(joinPath(path, 'name'), `node "${name}" already exists`);
  const q = (k: string, r: string, d: number): number => (c[k] === undefined ? d : parseResourceQuantity(r, String(c[k])) ?? (() => { throw new ScenarioError(joinPath(path, k), `not a quantity: ${JSON.stringify(c[k])}`); })());
  const n = makeNode(name, { cpu: q('cpu', 'cpu', 4000), memory: q('memory', 'memory', 8 * 2 ** 30), pods: readNumber(c, 'pods', path, { integer: true, min: 1, default: 110 }) });
  if (c.zone !== undefined) n.meta.labels['topology.kubernetes.io/zone'] = readString(c, 'zone', path);
  addNode(s, n);
}

function setProbe(s: ClusterState, c: Args, path: string): void {
  const ns = readString(c, 'namespace', path, 'default');
  const name = readString(c, 'pod', path);
  const pod = s.pods.get(podKey(ns, name));
  if (!pod) throw new ScenarioError(joinPath(path, 'pod'), `pods "${name}" not found`);
  const container = c.container === undefined ? pod.spec.containers[0]!.name : readString(c, 'container', path);
  const cur = s.probeOverrides.get(`${ns}/${name}/${container}`) ?? {};
  if (c.ready !== undefined) cur.ready = readBoolean(c, 'ready', path);
  if (c.live !== undefined) cur.live = readBoolean(c, 'live', path);
  s.probeOverrides.set(`${ns}/${name}/${container}`, cur);
}

const HANDLERS: Record<string, (s: ClusterState, c: Args, path: string) => void> = {
  apply: (s, c, p) => { applyYaml(s, readString(c, 'yaml', p), joinPath(p, 'yaml')); },
  delete: (s, c, p) => deleteObject(s, readString(c, 'kind', p), readString(c, 'namespace', p, 'default'), readString(c, 'name', p), p),
  scale, setImage, rolloutUndo, setMetrics, taint, label, addNode: addNodeCmd, setProbe,
  rolloutPause: (s, c, p) => { deployment(s, c, p).paused = true; },
  rolloutResume: (s, c, p) => { deployment(s, c, p).paused = false; },
  setTraffic: (s, c, p) => {
    s.traffic.set(readString(c, 'service', p), { requestsPerSec: readNumber(c, 'requestsPerSec', p, { min: 0 }), cpuMilliPerRequest: readNumber(c, 'cpuMilliPerRequest', p, { min: 0, default: 10 }) });
  },
  failNode: (s, c, p) => {
    const n = node(s, c, p);
    n.up = false;
    for (const pod of podsOnNode(s, n.meta.name)) pod.status.gen++;
  },
  recoverNode: (s, c, p) => { node(s, c, p).up = true; },
  cordon: (s, c, p) => { node(s, c, p).unschedulable = true; },
  uncordon: (s, c, p) => { node(s, c, p).unschedulable = false; },
  drain: (s, c, p) => {
    const n = node(s, c, p);
    n.unschedulable = true;
    for (const pod of podsOnNode(s, n.meta.name)) if (pod.meta.ownerKind !== 'DaemonSet') deletePod(s, pod, 'Evicted (drain)');
  },
};

export function applyCommand(s: ClusterState, c: Command, path: string): void {
  const handler = HANDLERS[c.do];
  if (!handler) throw new ScenarioError(joinPath(path, 'do'), `unknown command "${c.do}" (known: ${Object.keys(HANDLERS).join(', ')})`);
  handler(s, c as Args, path);
  requestReconcile(s);
}
