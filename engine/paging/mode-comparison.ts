/**
 * The translation cost explorer's runs: one workload under the scenario's own mode, or the same
 * workload under native, shadow, nested and nested + 2 MiB pages (both dimensions) with the
 * scenario's TLB, caches and cost model, each with its overhead relative to native.
 * Reference findings (Bhargava et al. ASPLOS'08, refs §A6) are attached as notes, not fitted.
 */
import { joinPath } from '../core/errors';
import type { Command } from '../core/model';
import { readEnum } from '../core/params';
import type { Rng } from '../core/rng';
import type { PagingParams } from './paging-params';
import { runWorkload, type RunConfig, type WorkloadResult } from './workload-runner';
import type { WorkloadSpec } from './workload';
import type { PageSizeName } from './x86-entry';

const SIZES = ['4K', '2M', '1G'] as const;

export const REFERENCE_NOTES = [
  'Bhargava et al., ASPLOS 2008: caching the nested dimension in the page walk cache improved guest performance by 15–38 %.',
  'Bhargava et al., ASPLOS 2008: a nested TLB plus skipping page-entry references added a further 3–7 %.',
  'Bhargava et al., ASPLOS 2008: large pages in the hypervisor improved guest performance by a further 3–22 %.',
  'Gandhi et al., ISCA 2016 (Agile Paging): switching shadow → nested within a walk came within 4 % of native.',
];

function baseConfig(p: PagingParams, label: string): RunConfig {
  const c = p.config;
  return {
    label, mode: c.mode, guestPageSize: '4K', hostPageSize: '4K', levels: c.levels, hostLevels: c.host.levels, tlb: c.tlb,
    pscEntries: c.pscEntries, hostPscEntries: c.host.pscEntries, nestedTlbEntries: c.host.nestedTlbEntries, costs: p.costs,
  };
}

export function runOwnMode(p: PagingParams, spec: WorkloadSpec, cmd: Command, path: string, rng: Rng): WorkloadResult {
  const guestPageSize = readEnum<PageSizeName>(cmd, 'guestPageSize', path, SIZES, '4K');
  const hostPageSize = readEnum<PageSizeName>(cmd, 'hostPageSize', joinPath(path, ''), SIZES, '4K');
  const cfg = { ...baseConfig(p, p.config.mode), guestPageSize, hostPageSize };
  return runWorkload(spec, cfg, rng.stream('workload'));
}

export interface Comparison {
  runs: Array<WorkloadResult & { overheadVsNative: number | null }>;
  notes: string[];
}

export function compareModes(p: PagingParams, spec: WorkloadSpec, rng: Rng): Comparison {
  const configs: RunConfig[] = [
    { ...baseConfig(p, 'native 4K'), mode: 'native' },
    { ...baseConfig(p, 'shadow 4K'), mode: 'shadow' },
    { ...baseConfig(p, 'nested 4K/4K'), mode: 'nested' },
    { ...baseConfig(p, 'nested 2M/2M'), mode: 'nested', guestPageSize: '2M', hostPageSize: '2M' },
  ];
  // Every configuration sees the identical address stream (same named stream, same seed).
  const runs = configs.map((cfg) => runWorkload(spec, cfg, rng.stream('workload')));
  const nativeCycles = runs[0]!.cycles;
  return {
    runs: runs.map((r) => ({ ...r, overheadVsNative: nativeCycles > 0 ? r.cycles / nativeCycles : null })),
    notes: REFERENCE_NOTES,
  };
}
