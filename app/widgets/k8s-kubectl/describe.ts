/** `kubectl describe pod|node|deployment <name>` and `kubectl top`. */
import { age, mib, milli, table } from './format';
import type { KSnap } from './types';

function eventsOf(s: KSnap, object: string): string {
  const evs = s.events.filter((e) => e.object === object);
  return evs.length ? `Events:\n${table(['  Type', 'Reason', 'Age', 'Message'], evs.map((e) => [`  ${e.type}`, e.reason, age(s.tSec - e.atSec), e.message]))}` : 'Events:  <none>';
}

export function describe(s: KSnap, kind: string, name: string): string {
  const k = kind.toLowerCase().replace(/s$/, '');
  if (k === 'pod' || k === 'po') {
    const p = s.pods.find((x) => x.name === name);
    if (!p) return `Error from server (NotFound): pods "${name}" not found`;
    const why = [...s.explanations].reverse().find((e) => e.pod === `${p.namespace}/${p.name}`);
    const filtered = why && !why.winner ? `\nScheduling: ${why.message}\n${why.filtered.map((f) => `  ${f.node}: ${f.plugin}: ${f.reasons.join('; ')}`).join('\n')}` : '';
    return `Name:         ${p.name}\nNamespace:    ${p.namespace}\nNode:         ${p.node ?? '<none>'}\nStatus:       ${p.status}\nIP:           ${p.ip ?? '<none>'}\nControlled By:  ${p.owner ?? '<none>'}\nImages:       ${p.images.join(', ')}\nRequests:     cpu ${milli(p.requests.cpuMilli)}, memory ${mib(p.requests.memoryBytes)}\nLabels:       ${Object.entries(p.labels).map(([a, b]) => `${a}=${b}`).join(' ') || '<none>'}${filtered}\n${eventsOf(s, `pod/${p.name}`)}`;
  }
  if (k === 'node' || k === 'no') {
    const n = s.nodes.find((x) => x.name === name);
    if (!n) return `Error from server (NotFound): nodes "${name}" not found`;
    const pct = (a: number, b: number) => (b ? Math.round((100 * a) / b) : 0);
    return `Name:               ${n.name}\nLabels:             ${Object.entries(n.labels).map(([a, b]) => `${a}=${b}`).join('\n                    ')}\nTaints:             ${n.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join('\n                    ') || '<none>'}\nUnschedulable:      ${n.unschedulable}\nReady:              ${n.ready}\nAllocatable:        cpu ${milli(n.allocatable.cpuMilli)}, memory ${mib(n.allocatable.memoryBytes)}, pods ${n.allocatable.pods}\nAllocated resources:\n  cpu     ${milli(n.requested.cpuMilli)} (${pct(n.requested.cpuMilli, n.allocatable.cpuMilli)}%)\n  memory  ${mib(n.requested.memoryBytes)} (${pct(n.requested.memoryBytes, n.allocatable.memoryBytes)}%)\nNon-terminated Pods: ${n.podCount}\n${eventsOf(s, `node/${n.name}`)}`;
  }
  if (k === 'deployment' || k === 'deploy') {
    const d = s.deployments.find((x) => x.name === name);
    if (!d) return `Error from server (NotFound): deployments.apps "${name}" not found`;
    return `Name:                   ${d.name}\nReplicas:               ${d.desired} desired | ${d.updated} updated | ${d.ready} ready | ${d.available} available | ${d.desired - d.available} unavailable\nStrategyType:           ${d.strategy}\nRollingUpdateStrategy:  ${d.maxUnavailable} max unavailable, ${d.maxSurge} max surge\nImages:                 ${d.images.join(', ')}\nProgressing:            ${d.progressReason}${d.paused ? ' (paused)' : ''}\n${eventsOf(s, `deployment/${d.name}`)}`;
  }
  return `error: describe ${kind} is not supported here (pod, node, deployment)`;
}

export function top(s: KSnap, what: string): string {
  if (what.startsWith('no')) {
    return table(['NAME', 'CPU(cores)', 'CPU(%)'], s.nodes.map((n) => {
      const used = s.pods.filter((p) => p.node === n.name).reduce((a, p) => a + (p.cpuMilli ?? 0), 0);
      return [n.name, milli(used), `${n.allocatable.cpuMilli ? Math.round((100 * used) / n.allocatable.cpuMilli) : 0}%`];
    }));
  }
  return table(['NAME', 'CPU(cores)'], s.pods.filter((p) => p.cpuMilli !== null).map((p) => [p.name, milli(p.cpuMilli!)]));
}
