import type { TableData } from '../../charts/table-data';
import type { ExplanationView } from './types';

export const PLUGIN_ORDER = ['TaintToleration', 'NodeAffinity', 'PodTopologySpread', 'InterPodAffinity', 'NodeResourcesFit', 'NodeResourcesBalancedAllocation', 'ImageLocality'];

/** Nodes × (filter verdict, per-plugin normalised score (raw), total) for one decision. */
export function decisionTable(e: ExplanationView): TableData {
  const plugins = PLUGIN_ORDER.filter((p) => !e.skippedPlugins.includes(p) && e.scored.some((s) => s.scores[p]));
  const columns = [{ key: 'node', label: 'node' }, { key: 'filter', label: 'filter result' },
    ...plugins.map((p) => ({ key: p, label: `${p} ×${e.weights[p] ?? 0}`, unit: 'normalised (raw)' })), { key: 'total', label: 'weighted total' }];
  const rows = [
    ...e.scored.map((s) => [s.node + (s.node === e.winner ? ' ★ chosen' : ''), 'passed', ...plugins.map((p) => (s.scores[p] ? `${s.scores[p]![1]} (${s.scores[p]![0]})` : '—')), s.total]),
    ...e.filtered.map((f) => [f.node, `${f.plugin}: ${f.reasons.join('; ')}`, ...plugins.map(() => '—'), null]),
  ];
  if (e.scored.length === 0 && e.winner) rows.unshift([`${e.winner} ★ chosen`, 'passed (only feasible node: not scored)', ...plugins.map(() => '—'), null]);
  return { columns, rows };
}
