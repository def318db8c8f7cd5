/**
 * Pure helpers for the translation cost explorer: the comparison snapshot shape (a local mirror of
 * docs/scenarios/paging.md), the summary table, and building new params from the form.
 */
import type { TableData } from '../../charts/table-data';

export interface RunView {
  label: string; mode: string; guestPageSize: string; hostPageSize: string; accesses: number;
  l1HitRate: number; tlbHitRate: number; walks: number; references: number; refsPerAccess: number; refsPerWalk: number;
  vmExits: number; exitsByReason: Record<string, number>; cycles: number; cyclesPerAccess: number; overheadVsNative: number | null;
  progress: { accesses: number[]; tlbHitRate: number[]; refsPerAccess: number[] };
}
export interface ComparisonView { runs: RunView[]; notes: string[] }

export function summaryTable(c: ComparisonView): TableData {
  return {
    columns: [
      { key: 'label', label: 'configuration' }, { key: 'tlbHitRate', label: 'TLB hit rate', unit: 'fraction' },
      { key: 'refsPerWalk', label: 'references per walk' }, { key: 'refsPerAccess', label: 'references per access' },
      { key: 'vmExits', label: 'VM exits' }, { key: 'cyclesPerAccess', label: 'est. translation cycles per access' },
      { key: 'overheadVsNative', label: 'translation cycles vs native', unit: '×' },
    ],
    rows: c.runs.map((r) => [r.label, r.tlbHitRate, r.refsPerWalk, r.refsPerAccess, r.vmExits, r.cyclesPerAccess, r.overheadVsNative]),
  };
}

export function progressTable(c: ComparisonView): TableData {
  const first = c.runs[0];
  const columns = [{ key: 'accesses', label: 'accesses' }, ...c.runs.map((r) => ({ key: r.label, label: `${r.label} TLB hit rate`, unit: 'fraction' }))];
  const rows = (first?.progress.accesses ?? []).map((a, i) => [a, ...c.runs.map((r) => r.progress.tlbHitRate[i] ?? null)]);
  return { columns, rows };
}

export interface ExplorerForm {
  pattern: string; workingSetMiB: number; accesses: number; zipfExponent: number; writeFraction: number;
  processes: number; switchEvery: number; ptWriteEvery: number; warmup: boolean; tagged: boolean; pscEntries: number; nestedTlbEntries: number;
}

export function formFromParams(params: Record<string, unknown>): ExplorerForm {
  const w = (params.workload ?? {}) as Record<string, number | string>;
  const tlb = (params.tlb ?? {}) as Record<string, unknown>;
  const ept = (params.ept ?? {}) as Record<string, unknown>;
  return {
    pattern: String(w.pattern ?? 'zipf'), workingSetMiB: Number(w.workingSetBytes ?? 64 * 2 ** 20) / 2 ** 20,
    accesses: Number(w.accesses ?? 200000), zipfExponent: Number(w.zipfExponent ?? 1), writeFraction: Number(w.writeFraction ?? 0),
    processes: Number(w.processes ?? 1), switchEvery: Number(w.switchEvery ?? 0), ptWriteEvery: Number(w.ptWriteEvery ?? 0),
    warmup: (w as Record<string, unknown>).warmup === true,
    tagged: tlb.tagged !== false, pscEntries: Number(params.pscEntries ?? 0), nestedTlbEntries: Number(ept.nestedTlbEntries ?? 0),
  };
}

export function paramsFromForm(params: Record<string, unknown>, f: ExplorerForm): Record<string, unknown> {
  return {
    ...params,
    workload: {
      pattern: f.pattern, workingSetBytes: Math.max(1, Math.round(f.workingSetMiB * 256)) * 4096, accesses: f.accesses,
      zipfExponent: f.zipfExponent, writeFraction: f.writeFraction, processes: f.processes, switchEvery: f.switchEvery, ptWriteEvery: f.ptWriteEvery, warmup: f.warmup,
    },
    tlb: { ...(params.tlb as object | undefined), tagged: f.tagged },
    pscEntries: f.pscEntries,
    ept: { ...(params.ept as object | undefined), nestedTlbEntries: f.nestedTlbEntries },
  };
}
