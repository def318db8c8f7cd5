/**
 * The `k8s` scenario's commands — kubectl verbs and cluster events. Each is a `verb(read, run)`:
 * `read` checks its arguments alone (ScenarioError naming the command's JSON path), at load through
 * `checkK8sCommand` and again on apply; `run` looks objects up and changes state at the current
 * instant (so "not found" is reported when time reaches the command, as kubectl would).
 */
import { commandArgs, verb, type CommandArgs, type Verb } from '../core/command-args';
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
  { do: 'scale', summary: 'kubectl scale', args: { kind: 'Deployment (default), ReplicaSet or StatefulSet', name: 'object name', replicas: 'integer ≥ 0', namespace: 'default: "default"' } },
  { do: 'setImage', summary: 'kubectl set image: change a Deployment container image (starts a rollout)', args: { deployment: 'name', container: 'default: first', image: 'image', namespace: 'default: "default"' } },
  { do: 'rolloutUndo', summary: 'kubectl rollout undo', args: { deployment: 'name', toRevision: 'default: previous', namespace: 'default: "default"' } },
  { do: 'rolloutPause', summary: 'kubectl rollout pause', args: { deployment: 'name', namespace: 'default: "default"' } },
  { do: 'rolloutResume', summary: 'kubectl rollout resume', args: { deployment: 'name', namespace: 'default: "default"' } },
  { do: 'setMetrics', summary: 'set pod cpu usage explicitly (millicores; null clears)', args: { pod: 'pod name', deployment: 'or every pod of a Deployment', cpuMilli: 'number or null', namespace: 'default: "default"' } },
  { do: 'setTraffic', summary: 'requests per second to a Service', args: { service: 'name', requestsPerSec: '≥ 0', cpuMilliPerRequest: 'cpu-ms per request, default 10' } },
  { do: 'failNode', summary: 'power a node off (heartbeats stop)', args: { node: 'name' } },
  { do: 'recoverNode', summary: 'power a node back on', args: { node: 'name' } },
  { do: 'cordon', summary: 'kubectl cordon', args: { node: 'name' } },
  { do: 'uncordon', summary: 'kubectl uncordon', args: { node: 'name' } },
  { do: 'drain', summary: 'kubectl drain --ignore-daemonsets: cordon, then evict every non-DaemonSet pod', args: { node: 'name' } },
  { do: 'taint', summary: 'kubectl taint', args: { node: 'name', key: 'taint key', value: 'default ""', effect: 'NoSchedule | PreferNoSchedule | NoExecute', remove: 'true to remove' } },
  { do: 'label', summary: 'kubectl label', args: { kind: 'Node or Pod', name: 'object name', key: 'label key', value: 'string, or null to remove', namespace: 'default: "default"' } },
  { do: 'addNode', summary: 'add a node', args: { name: 'name', cpu: 'default "4"', memory: 'default "8Gi"', pods: 'default 110', zone: 'optional zone label' } },
  { do: 'setProbe', summary: 'force a container probe result', args: { pod: 'pod name', container: 'default: first', ready: 'readiness result', live: 'liveness result', namespace: 'default: "default"' } },
];

type Args = CommandArgs;
const ns = (c: Args, path: string): string => readString(c, 'namespace', path, 'default');

interface DeploymentRef { deployment: string; namespace: string }
const readDeploymentRef = (c: Args, path: string): DeploymentRef => ({ deployment: readString(c, 'deployment', path), namespace: ns(c, path) });
const readNode = (c: Args, path: string): string => readString(c, 'node', path);

function node(s: ClusterState, name: string, path: string): Node {
  const n = s.nodes.get(name);
  if (!n) throw new ScenarioError(joinPath(path, 'node'), `nodes "${name}" not found (have: ${[...s.nodes.keys()].join(', ')})`);
  return n;
}

function deployment(s: ClusterState, ref: DeploymentRef, path: string): Deployment {
  const o = s.objects.get(objKey('Deployment', ref.namespace, ref.deployment));
  if (!o || o.kind !== 'Deployment') throw new ScenarioError(joinPath(path, 'deployment'), `deployments.apps "${ref.deployment}" not found`);
  return o;
}

const scale = verb(
  (c: Args, path: string) => ({
    kind: readEnum(c, 'kind', path, ['Deployment', 'ReplicaSet', 'StatefulSet'] as const, 'Deployment'), name: readString(c, 'name', path),
    namespace: ns(c, path), replicas: readNumber(c, 'replicas', path, { integer: true, min: 0, max: 10000 }),
  }),
  (s: ClusterState, a, path) => {
    const o = s.objects.get(objKey(a.kind, a.namespace, a.name));
    if (!o || (o.kind !== 'Deployment' && o.kind !== 'ReplicaSet' && o.kind !== 'StatefulSet')) throw new ScenarioError(joinPath(path, 'name'), `${a.kind.toLowerCase()} "${a.name}" not found`);
    o.replicas = a.replicas;
  },
);

const rolloutUndo = verb(
  (c: Args, path: string) => ({ ...readDeploymentRef(c, path), toRevision: c.toRevision === undefined ? undefined : readNumber(c, 'toRevision', path, { integer: true, min: 1 }) }),
  (s: ClusterState, a, path) => {
    const d = deployment(s, a, path);
    const rss = deploymentReplicaSets(s, d).sort((x, y) => y.revision - x.revision);
    const to = a.toRevision === undefined ? rss[1] : rss.find((r) => r.revision === a.toRevision);
    if (!to) throw new ScenarioError(joinPath(path, a.toRevision === undefined ? 'deployment' : 'toRevision'), a.toRevision === undefined ? 'no rollout history found: there is no previous revision' : 'unable to find the specified revision');
    const template = clone(to.template);
    delete template.labels['pod-template-hash'];
    d.template = template;
    recordEvent(s, 'Normal', 'DeploymentRollback', `deployment/${d.meta.name}`, `Rolled back deployment "${d.meta.name}" to revision ${to.revision}`);
  },
);

const setImage = verb(
  (c: Args, path: string) => ({ ...readDeploymentRef(c, path), container: c.container === undefined ? undefined : readString(c, 'container', path), image: readString(c, 'image', path) }),
  (s: ClusterState, a, path) => {
    const d = deployment(s, a, path);
    const name = a.container ?? d.template.spec.containers[0]!.name;
    const ct = d.template.spec.containers.find((x) => x.name === name);
    if (!ct) throw new ScenarioError(joinPath(path, 'container'), `unable to find container named "${name}"`);
    ct.image = a.image;
  },
);

interface MetricsArgs { cpuMilli: number | null; namespace: string; deployment?: string; pod?: string }

const setMetrics = verb(
  (c: Args, path: string): MetricsArgs => ({
    cpuMilli: c.cpuMilli === null ? null : readNumber(c, 'cpuMilli', path, { min: 0 }), namespace: ns(c, path),
    ...(c.deployment !== undefined ? { deployment: readString(c, 'deployment', path) } : { pod: readString(c, 'pod', path) }),
  }),
  (s: ClusterState, a, path) => {
    const owner = a.deployment === undefined ? null : `${deployment(s, { deployment: a.deployment, namespace: a.namespace }, path).meta.name}-`;
    const keys = owner !== null
      ? [...s.pods.values()].filter((p) => p.meta.namespace === a.namespace && p.meta.ownerKind === 'ReplicaSet' && p.meta.ownerName.startsWith(owner)).map((p) => podKey(a.namespace, p.meta.name))
      : [podKey(a.namespace, a.pod!)];
    for (const k of keys) { if (a.cpuMilli === null) s.metricOverrides.delete(k); else s.metricOverrides.set(k, a.cpuMilli); }
  },
);

const taint = verb(
  (c: Args, path: string) => ({
    node: readNode(c, path), key: readString(c, 'key', path), effect: readEnum(c, 'effect', path, ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const),
    remove: readBoolean(c, 'remove', path, false), value: readString(c, 'value', path, ''),
  }),
  (s: ClusterState, a, path) => {
    const n = node(s, a.node, path);
    n.taints = n.taints.filter((t) => !(t.key === a.key && t.effect === a.effect));
    if (!a.remove) n.taints.push({ key: a.key, value: a.value, effect: a.effect, timeAddedUs: s.queue.nowUs });
    scheduleEvictions(s, n);
  },
);

const label = verb(
  (c: Args, path: string) => ({
    kind: readEnum(c, 'kind', path, ['Node', 'Pod'] as const, 'Node'), name: readString(c, 'name', path), namespace: ns(c, path),
    key: readString(c, 'key', path), value: c.value === null ? null : readString(c, 'value', path),
  }),
  (s: ClusterState, a, path) => {
    const target = a.kind === 'Node' ? s.nodes.get(a.name) : s.pods.get(podKey(a.namespace, a.name));
    if (!target) throw new ScenarioError(joinPath(path, 'name'), `${a.kind.toLowerCase()}s "${a.name}" not found`);
    if (a.value === null) delete target.meta.labels[a.key];
    else target.meta.labels[a.key] = a.value;
  },
);

function readAddNode(c: Args, path: string): { name: string; cpu: number; memory: number; pods: number; zone?: string } {
  const q = (k: string, d: number): number => {
    if (c[k] === undefined) return d;
    const v = parseResourceQuantity(k, String(c[k]));
    if (v === undefined) throw new ScenarioError(joinPath(path, k), `not a quantity: ${JSON.stringify(c[k])}`);
    return v;
  };
  const out = { name: readString(c, 'name', path), cpu: q('cpu', 4000), memory: q('memory', 8 * 2 ** 30), pods: readNumber(c, 'pods', path, { integer: true, min: 1, default: 110 }) };
  return c.zone === undefined ? out : { ...out, zone: readString(c, 'zone', path) };
}

const addNodeCmd = verb(readAddNode, (s: ClusterState, a, path) => {
  if (s.nodes.has(a.name)) throw new ScenarioError(joinPath(path, 'name'), `node "${a.name}" already exists`);
  const n = makeNode(a.name, { cpu: a.cpu, memory: a.memory, pods: a.pods });
  if (a.zone !== undefined) n.meta.labels['topology.kubernetes.io/zone'] = a.zone;
  addNode(s, n);
});

const setProbe = verb(
  (c: Args, path: string) => ({
    namespace: ns(c, path), pod: readString(c, 'pod', path), container: c.container === undefined ? undefined : readString(c, 'container', path),
    ready: c.ready === undefined ? undefined : readBoolean(c, 'ready', path), live: c.live === undefined ? undefined : readBoolean(c, 'live', path),
  }),
  (s: ClusterState, a, path) => {
    const pod = s.pods.get(podKey(a.namespace, a.pod));
    if (!pod) throw new ScenarioError(joinPath(path, 'pod'), `pods "${a.pod}" not found`);
    const container = a.container ?? pod.spec.containers[0]!.name;
    const cur = s.probeOverrides.get(`${a.namespace}/${a.pod}/${container}`) ?? {};
    if (a.ready !== undefined) cur.ready = a.ready;
    if (a.live !== undefined) cur.live = a.live;
    s.probeOverrides.set(`${a.namespace}/${a.pod}/${container}`, cur);
  },
);

const onNode = (run: (s: ClusterState, n: Node) => void): Verb<ClusterState> => verb(readNode, (s: ClusterState, name, path) => run(s, node(s, name, path)));
const onDeployment = (paused: boolean): Verb<ClusterState> => verb(readDeploymentRef, (s: ClusterState, a, path) => { deployment(s, a, path).paused = paused; });

const VERBS: Record<string, Verb<ClusterState>> = {
  apply: verb((c, p) => readString(c, 'yaml', p), (s: ClusterState, yaml, p) => { applyYaml(s, yaml, joinPath(p, 'yaml')); }),
  delete: verb((c, p) => ({ kind: readString(c, 'kind', p), namespace: ns(c, p), name: readString(c, 'name', p) }), (s: ClusterState, a, p) => deleteObject(s, a.kind, a.namespace, a.name, p)),
  scale, setImage, rolloutUndo, setMetrics, taint, label, addNode: addNodeCmd, setProbe,
  rolloutPause: onDeployment(true),
  rolloutResume: onDeployment(false),
  setTraffic: verb(
    (c, p) => ({ service: readString(c, 'service', p), requestsPerSec: readNumber(c, 'requestsPerSec', p, { min: 0 }), cpuMilliPerRequest: readNumber(c, 'cpuMilliPerRequest', p, { min: 0, default: 10 }) }),
    (s: ClusterState, a) => { s.traffic.set(a.service, { requestsPerSec: a.requestsPerSec, cpuMilliPerRequest: a.cpuMilliPerRequest }); },
  ),
  failNode: onNode((s, n) => {
    n.up = false;
    for (const pod of podsOnNode(s, n.meta.name)) pod.status.gen++;
  }),
  recoverNode: onNode((_s, n) => { n.up = true; }),
  cordon: onNode((_s, n) => { n.unschedulable = true; }),
  uncordon: onNode((_s, n) => { n.unschedulable = false; }),
  drain: onNode((s, n) => {
    n.unschedulable = true;
    for (const pod of podsOnNode(s, n.meta.name)) if (pod.meta.ownerKind !== 'DaemonSet') deletePod(s, pod, 'Evicted (drain)');
  }),
};

/** Checks a command's arguments without a cluster (load time and dispatch). */
export function checkK8sCommand(c: Command, path: string): void {
  const args = commandArgs(c, path, COMMAND_DOCS);
  VERBS[c.do]!.check(args, path);
}

export function applyCommand(s: ClusterState, c: Command, path: string): void {
  const args = commandArgs(c, path, COMMAND_DOCS);
  VERBS[c.do]!.apply(s, args, path);
  requestReconcile(s);
}
