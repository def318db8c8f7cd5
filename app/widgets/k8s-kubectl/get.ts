/** `kubectl get <resource> [name] [-o wide]` from the snapshot. */
import { age, table } from './format';
import type { KSnap } from './types';

const ALIASES: Record<string, string> = {
  po: 'pods', pod: 'pods', pods: 'pods', no: 'nodes', node: 'nodes', nodes: 'nodes', deploy: 'deployments', deployment: 'deployments', deployments: 'deployments',
  rs: 'replicasets', replicaset: 'replicasets', replicasets: 'replicasets', svc: 'services', service: 'services', services: 'services',
  hpa: 'hpa', horizontalpodautoscaler: 'hpa', ds: 'daemonsets', daemonset: 'daemonsets', daemonsets: 'daemonsets', sts: 'statefulsets', statefulset: 'statefulsets', statefulsets: 'statefulsets',
  job: 'jobs', jobs: 'jobs', ev: 'events', event: 'events', events: 'events', ep: 'endpoints', endpoints: 'endpoints',
};
export const RESOURCES = Object.keys(ALIASES);
export const canonical = (r: string): string | undefined => ALIASES[r.toLowerCase()];

export function get(s: KSnap, resource: string, name: string | undefined, wide: boolean): string {
  const by = <T extends { name: string }>(xs: T[]): T[] => (name ? xs.filter((x) => x.name === name) : xs);
  switch (canonical(resource)) {
    case 'pods': return table(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', ...(wide ? ['IP', 'NODE'] : [])],
      by(s.pods).map((p) => [p.name, p.ready, p.status, p.restarts, age(p.ageSec), ...(wide ? [p.ip ?? '<none>', p.node ?? '<none>'] : [])]));
    case 'nodes': return table(['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'], by(s.nodes).map((n) => [n.name, `${n.ready === 'True' ? 'Ready' : 'NotReady'}${n.unschedulable ? ',SchedulingDisabled' : ''}`, '<none>', age(s.tSec), 'v1.34.0-sim']));
    case 'deployments': return table(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'], by(s.deployments).map((d) => [d.name, `${d.ready}/${d.desired}`, d.updated, d.available, age(d.ageSec)]));
    case 'replicasets': return table(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'], by(s.replicaSets).map((r) => [r.name, r.desired, r.replicas, r.ready, age(r.ageSec)]));
    case 'services': return table(['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'], [
      ...(name && name !== 'kubernetes' ? [] : [['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', age(s.tSec)]]),
      ...by(s.services).map((v) => [v.name, v.type, v.clusterIP, v.type === 'LoadBalancer' ? '<pending>' : '<none>', v.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`).join(','), age(v.ageSec)])]);
    case 'endpoints': return table(['NAME', 'ENDPOINTS'], by(s.services).map((v) => [v.name, v.endpoints.filter((e) => e.ready).map((e) => e.pod).join(',') || '<none>']));
    case 'hpa': return table(['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'], by(s.hpas).map((h) => [h.name, h.target, `cpu: ${h.currentMetric ?? '<unknown>'}%/${h.targetUtilization ?? '?'}%`, h.minReplicas, h.maxReplicas, h.currentReplicas, age(h.ageSec)]));
    case 'daemonsets': return table(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'], by(s.daemonSets).map((d) => [d.name, d.desired, d.current, d.ready, age(d.ageSec)]));
    case 'statefulsets': return table(['NAME', 'READY', 'AGE'], by(s.statefulSets).map((d) => [d.name, `${d.ready}/${d.desired}`, age(d.ageSec)]));
    case 'jobs': return table(['NAME', 'STATUS', 'COMPLETIONS', 'AGE'], by(s.jobs).map((j) => [j.name, j.condition || 'Running', `${j.succeeded}/${j.completions}`, age(j.ageSec)]));
    case 'events': return table(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'], s.events.slice(-30).map((e) => [age(s.tSec - e.atSec), e.type, e.reason, e.object, e.message]));
    default: return `error: the server doesn't have a resource type "${resource}"`;
  }
}
