/**
 * Reads and validates the `paging` scenario params (docs/scenarios/paging.md), naming the JSON path of
 * anything wrong. Produces plain config; building memories from it is memory-setup.ts's job.
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readArray, readBoolean, readEnum, readNumber, readObject, rejectUnknownKeys } from '../core/params';
import { DEFAULT_COSTS, type CostModel } from './cost-model';
import { parseHexBig } from './hex';
import type { MmuConfig, PagingMode } from './mmu-types';
import { DEFAULT_TLB, type TlbConfig } from './tlb';
import type { Controls } from './walk-types';
import { readWorkloadSpec, type WorkloadSpec } from './workload';

export interface PagingParams {
  config: MmuConfig;
  cr3: bigint;
  tableBase: number;
  mappings: unknown[];
  memory: unknown;
  ept: EptParams;
  vpid: number;
  costs: CostModel;
  workload: WorkloadSpec;
}

export interface EptParams {
  root: number | null;
  tableBase: number;
  pageSize: '4K' | '2M' | '1G';
  autoMap: boolean;
  hostOffset: number;
  mappings: unknown[];
  memory: unknown;
}

const KNOWN = ['mode', 'levels', 'cr3', 'cr4', 'cr0WP', 'eferNXE', 'maxPhyAddr', 'tableBase', 'mappings', 'memory', 'ept', 'tlb', 'pscEntries', 'vpid', 'costs', 'workload'];
const SIZES = ['4K', '2M', '1G'] as const;

function readHexNumber(obj: Record<string, unknown>, key: string, path: string, fallback: number | null): number | null {
  if (obj[key] === undefined) return fallback;
  return Number(parseHexBig(obj[key], joinPath(path, key), 52));
}

function readControls(p: Record<string, unknown>, path: string): Controls {
  const cr4 = p.cr4 === undefined ? {} : readObject(p.cr4, joinPath(path, 'cr4'));
  const c4 = joinPath(path, 'cr4');
  rejectUnknownKeys(cr4, c4, ['pcide', 'pge', 'smep', 'smap']);
  return {
    cr0WP: readBoolean(p, 'cr0WP', path, true),
    eferNXE: readBoolean(p, 'eferNXE', path, true),
    smep: readBoolean(cr4, 'smep', c4, false),
    smap: readBoolean(cr4, 'smap', c4, false),
    pge: readBoolean(cr4, 'pge', c4, true),
    pcide: readBoolean(cr4, 'pcide', c4, false),
    maxPhyAddr: readNumber(p, 'maxPhyAddr', path, { integer: true, min: 36, max: 52, default: 52 }),
  };
}

function readTlb(raw: unknown, path: string): TlbConfig {
  if (raw === undefined) return DEFAULT_TLB;
  const t = readObject(raw, path);
  rejectUnknownKeys(t, path, ['enabled', 'tagged', 'l1', 'l2']);
  const arr = (v: unknown, at: string, d: { entries: number; ways: number }): { entries: number; ways: number } => {
    if (v === undefined) return d;
    const o = readObject(v, at);
    rejectUnknownKeys(o, at, ['entries', 'ways', 'hugePages']);
    return { entries: readNumber(o, 'entries', at, { integer: true, min: 1, max: 65536, default: d.entries }), ways: readNumber(o, 'ways', at, { integer: true, min: 1, max: 65536, default: d.ways }) };
  };
  const l1 = t.l1 === undefined ? {} : readObject(t.l1, joinPath(path, 'l1'));
  rejectUnknownKeys(l1, joinPath(path, 'l1'), [...SIZES]);
  const l2raw = t.l2 === undefined ? {} : readObject(t.l2, joinPath(path, 'l2'));
  return {
    enabled: readBoolean(t, 'enabled', path, true),
    tagged: readBoolean(t, 'tagged', path, true),
    l1: {
      '4K': arr(l1['4K'], joinPath(path, 'l1', '4K'), DEFAULT_TLB.l1['4K']),
      '2M': arr(l1['2M'], joinPath(path, 'l1', '2M'), DEFAULT_TLB.l1['2M']),
      '1G': arr(l1['1G'], joinPath(path, 'l1', '1G'), DEFAULT_TLB.l1['1G']),
    },
    l2: { ...arr(t.l2, joinPath(path, 'l2'), DEFAULT_TLB.l2), hugePages: readBoolean(l2raw, 'hugePages', joinPath(path, 'l2'), true) },
  };
}

function readEpt(raw: unknown, path: string): { ept: EptParams; levels: 4 | 5; format: 'ept' | 'npt'; adFlags: boolean; psc: number; ntlb: number } {
  const e = raw === undefined ? {} : readObject(raw, path);
  rejectUnknownKeys(e, path, ['levels', 'format', 'root', 'tableBase', 'pageSize', 'autoMap', 'hostOffset', 'mappings', 'memory', 'adFlags', 'pscEntries', 'nestedTlbEntries']);
  return {
    levels: readNumber(e, 'levels', path, { default: 4, integer: true, min: 4, max: 5 }) as 4 | 5,
    format: readEnum(e, 'format', path, ['ept', 'npt'], 'ept'),
    adFlags: readBoolean(e, 'adFlags', path, true),
    psc: readNumber(e, 'pscEntries', path, { integer: true, min: 0, max: 1024, default: 0 }),
    ntlb: readNumber(e, 'nestedTlbEntries', path, { integer: true, min: 0, max: 4096, default: 0 }),
    ept: {
      root: readHexNumber(e, 'root', path, null),
      tableBase: readHexNumber(e, 'tableBase', path, 0x200000000)!,
      pageSize: readEnum(e, 'pageSize', path, SIZES, '4K'),
      autoMap: readBoolean(e, 'autoMap', path, true),
      hostOffset: readHexNumber(e, 'hostOffset', path, 0x100000000)!,
      mappings: e.mappings === undefined ? [] : readArray(e.mappings, joinPath(path, 'mappings')),
      memory: e.memory ?? {},
    },
  };
}

function readCosts(raw: unknown, path: string): CostModel {
  if (raw === undefined) return DEFAULT_COSTS;
  const c = readObject(raw, path);
  rejectUnknownKeys(c, path, Object.keys(DEFAULT_COSTS));
  const n = (k: keyof CostModel): number => readNumber(c, k, path, { min: 0, default: DEFAULT_COSTS[k] });
  return { l2TlbHitCycles: n('l2TlbHitCycles'), walkRefCycles: n('walkRefCycles'), vmExitCycles: n('vmExitCycles'), vmmHandlerCycles: n('vmmHandlerCycles') };
}

export function readPagingParams(raw: unknown, path: string): PagingParams {
  const p = readObject(raw ?? {}, path);
  rejectUnknownKeys(p, path, KNOWN);
  const mode = readEnum<PagingMode>(p, 'mode', path, ['native', 'nested', 'shadow'], 'native');
  const levels = readNumber(p, 'levels', path, { default: 4, integer: true, min: 4, max: 5 }) as 4 | 5;
  const ctl = readControls(p, path);
  const tableBase = readHexNumber(p, 'tableBase', path, 0x1000)!;
  const cr3 = p.cr3 === undefined ? BigInt(tableBase) : parseHexBig(p.cr3, joinPath(path, 'cr3'));
  const host = readEpt(p.ept, joinPath(path, 'ept'));
  if (tableBase % 4096 !== 0) throw new ScenarioError(joinPath(path, 'tableBase'), 'must be 4 KiB aligned');
  return {
    config: {
      mode, levels, ctl, tlb: readTlb(p.tlb, joinPath(path, 'tlb')),
      pscEntries: readNumber(p, 'pscEntries', path, { integer: true, min: 0, max: 1024, default: 0 }),
      host: { levels: host.levels, format: host.format, adFlags: host.adFlags, pscEntries: host.psc, nestedTlbEntries: host.ntlb },
    },
    cr3, tableBase,
    mappings: p.mappings === undefined ? [] : readArray(p.mappings, joinPath(path, 'mappings')),
    memory: p.memory ?? {},
    ept: host.ept,
    vpid: readNumber(p, 'vpid', path, { integer: true, min: 1, max: 65535, default: 1 }),
    costs: readCosts(p.costs, joinPath(path, 'costs')),
    workload: readWorkloadSpec(p.workload, joinPath(path, 'workload')),
  };
}
