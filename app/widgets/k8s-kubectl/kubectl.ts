/**
 * A small kubectl: parses one command line; read-only verbs print from the snapshot, changing
 * verbs become `k8s` scenario commands (dispatched live, so they are recorded and replayable).
 */
import { describe, top } from './describe';
import { canonical, get } from './get';
import type { KSnap } from './types';

export interface KubectlResult { output: string; command?: Record<string, unknown> & { do: string } }

export const VERBS = ['get', 'describe', 'apply', 'delete', 'scale', 'rollout', 'set', 'cordon', 'uncordon', 'drain', 'taint', 'label', 'top', 'help'];

const KIND: Record<string, string> = { pods: 'Pod', nodes: 'Node', deployments: 'Deployment', replicasets: 'ReplicaSet', services: 'Service', hpa: 'HorizontalPodAutoscaler', daemonsets: 'DaemonSet', statefulsets: 'StatefulSet', jobs: 'Job' };

function flag(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
    if (a === name) return args[i + 1];
  }
  return undefined;
}

/** "deployment/web" or "deployment web" → [resource, name]. */
function target(args: string[]): [string, string | undefined] {
  const pos = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && /^-(n|o|f)$|^--(replicas|to-revision|namespace)$/.test(args[i - 1]!)));
  if (pos[0]?.includes('/')) { const [r, n] = pos[0].split('/'); return [r!, n]; }
  return [pos[0] ?? '', pos[1]];
}

const HELP = 'Verbs: get, describe, apply -f (the editor\'s YAML), delete, scale, rollout status|history|undo|pause|resume, set image, cordon, uncordon, drain, taint, label, top. Example: kubectl scale deployment/web --replicas=5';

function rollout(s: KSnap, args: string[]): KubectlResult {
  const [sub, ...rest] = args;
  const [, name] = target(rest);
  const d = s.deployments.find((x) => x.name === name);
  if (!d) return { output: `Error from server (NotFound): deployments.apps "${name ?? ''}" not found` };
  switch (sub) {
    case 'status': return { output: d.complete ? `deployment "${d.name}" successfully rolled out` : `Waiting for deployment "${d.name}" rollout to finish: ${d.updated} out of ${d.desired} new replicas have been updated, ${d.available} available...` };
    case 'history': return { output: `deployment.apps/${d.name}\n${['REVISION  CHANGE-CAUSE', ...s.replicaSets.filter((r) => r.owner === d.name).sort((a, b) => a.revision - b.revision).map((r) => `${String(r.revision).padEnd(10)}${r.images.join(',')}`)].join('\n')}` };
    case 'undo': { const to = flag(rest, '--to-revision'); return { output: `deployment.apps/${d.name} rolled back`, command: { do: 'rolloutUndo', deployment: d.name, ...(to ? { toRevision: Number(to) } : {}) } }; }
    case 'pause': return { output: `deployment.apps/${d.name} paused`, command: { do: 'rolloutPause', deployment: d.name } };
    case 'resume': return { output: `deployment.apps/${d.name} resumed`, command: { do: 'rolloutResume', deployment: d.name } };
    default: return { output: `error: unknown rollout command "${sub ?? ''}" (status, history, undo, pause, resume)` };
  }
}

function taint(args: string[]): KubectlResult {
  const [, node] = target(args);
  const spec = args.filter((a) => !a.startsWith('-') && a.includes(':')).pop();
  const m = spec ? /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)(-?)$/.exec(spec) : null;
  if (!node || !m) return { output: 'error: usage: kubectl taint nodes <node> key[=value]:Effect[-]' };
  return { output: `node/${node} ${m[4] ? 'untainted' : 'tainted'}`, command: { do: 'taint', node, key: m[1], value: m[2] ?? '', effect: m[3], remove: m[4] === '-' } };
}

function label(args: string[]): KubectlResult {
  const [res, name] = target(args);
  const spec = args.filter((a) => !a.startsWith('-')).pop() ?? '';
  const m = /^([^=]+?)(?:=(.*)|(-))$/.exec(spec);
  const kind = canonical(res) === 'nodes' ? 'Node' : 'Pod';
  if (!name || !m || spec === name) return { output: 'error: usage: kubectl label nodes|pods <name> key=value | key-' };
  return { output: `${kind.toLowerCase()}/${name} ${m[3] ? 'unlabeled' : 'labeled'}`, command: { do: 'label', kind, name, key: m[1], value: m[3] ? null : m[2] } };
}

export function runKubectl(line: string, s: KSnap, editorYaml: string): KubectlResult {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (words[0] === 'kubectl') words.shift();
  const [verb, ...args] = words;
  const [res, name] = target(args);
  switch (verb) {
    case undefined: return { output: '' };
    case 'help': return { output: HELP };
    case 'get': return { output: get(s, res, name, flag(args, '-o') === 'wide') };
    case 'describe': return { output: name ? describe(s, res, name) : 'error: you must specify the name of the resource to describe' };
    case 'top': return { output: top(s, res) };
    case 'apply': return editorYaml.trim() ? { output: 'applying the editor\'s YAML…', command: { do: 'apply', yaml: editorYaml } } : { output: 'error: the YAML editor is empty' };
    case 'delete': {
      const kind = KIND[canonical(res) ?? ''];
      return kind && name ? { output: `${kind.toLowerCase()} "${name}" deleted`, command: { do: 'delete', kind, name } } : { output: 'error: usage: kubectl delete <resource> <name>' };
    }
    case 'scale': {
      const replicas = Number(flag(args, '--replicas'));
      const kind = KIND[canonical(res) ?? ''] ?? 'Deployment';
      return name && Number.isInteger(replicas) ? { output: `${kind.toLowerCase()}.apps/${name} scaled`, command: { do: 'scale', kind, name, replicas } } : { output: 'error: usage: kubectl scale deployment/<name> --replicas=N' };
    }
    case 'set': {
      const [, dep] = target(args.slice(1));
      const pair = args.find((a) => a.includes('=') && !a.startsWith('-'));
      if (args[0] !== 'image' || !dep || !pair) return { output: 'error: usage: kubectl set image deployment/<name> <container>=<image>' };
      const [container, image] = pair.split('=');
      return { output: `deployment.apps/${dep} image updated`, command: { do: 'setImage', deployment: dep, container, image } };
    }
    case 'rollout': return rollout(s, args);
    case 'cordon': case 'uncordon': case 'drain': return res ? { output: `node/${res} ${verb === 'drain' ? 'drained' : `${verb}ed`}`, command: { do: verb, node: res } } : { output: `error: usage: kubectl ${verb} <node>` };
    case 'taint': return taint(args);
    case 'label': return label(args);
    default: return { output: `error: unknown command "${verb}" for "kubectl". ${HELP}` };
  }
}

/** Tab completion: verbs, then resource types, then object names. */
export function complete(line: string, s: KSnap): string[] {
  const words = line.split(/\s+/);
  const lead = words[0] === 'kubectl' ? 1 : 0;
  const pos = words.length - 1 - lead;
  const word = words[words.length - 1] ?? '';
  const pool = pos === 0 ? VERBS : pos === 1 ? ['pods', 'nodes', 'deployments', 'replicasets', 'services', 'hpa', 'events', 'status', 'history', 'undo', 'image', ...s.nodes.map((n) => n.name)]
    : [...s.pods.map((p) => p.name), ...s.nodes.map((n) => n.name), ...s.deployments.map((d) => d.name), ...s.deployments.map((d) => `deployment/${d.name}`)];
  return pool.filter((x) => x.startsWith(word));
}
