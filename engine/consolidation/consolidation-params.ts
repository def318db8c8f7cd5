/**
 * Params of the `consolidation` scenario kind, validated with JSON paths (docs/scenarios/consolidation.md).
 * Traces come either inline (`traces`: one array of CPU percentages per VM, PlanetLab format) or
 * from the synthetic generator (`synthetic`), whose draws use the scenario seed.
 */
import { ScenarioError, joinPath } from '../core/errors';
import {
  readArray, readBoolean, readNumber, readObject, readString, rejectUnknownKeys,
} from '../core/params';
import { SIMULATION_LIMIT_SEC } from './cloudsim-setup';
import { DEFAULT_SYNTHETIC_SPEC, type SyntheticTraceSpec } from './synthetic-traces';
import type { AllocationKind } from './run-experiment';
import type { SelectionKind } from './vm-selection';

export const ALLOCATIONS: readonly AllocationKind[] = ['npa', 'dvfs', 'thr', 'iqr', 'mad', 'lr', 'lrr'];
export const SELECTIONS: readonly SelectionKind[] = ['mmt', 'mc', 'rs', 'mu'];

export interface PolicySpec {
  allocation: AllocationKind;
  selection: SelectionKind;
  parameter?: number;
}

export interface ConsolidationParams {
  hostCount: number;
  policy: PolicySpec;
  traces: number[][] | null;
  synthetic: SyntheticTraceSpec;
  /** Other policies run to the end at init, for the comparison table. */
  compare: PolicySpec[];
  limitSec: number;
  /** Include per-host utilization in the snapshot (the host map). */
  hostDetail: boolean;
}

/** "LR-MMT", "lr-mmt", "DVFS" or "THR-MU:0.9" → a policy. */
export function parsePolicyName(text: string, path: string): PolicySpec {
  const [name, param] = text.split(':');
  const [a, s] = (name ?? '').toLowerCase().split('-');
  if (!ALLOCATIONS.includes(a as AllocationKind)) {
    throw new ScenarioError(path, `unknown allocation "${a}" (one of ${ALLOCATIONS.join(', ')})`);
  }
  const selection = (s ?? 'mmt') as SelectionKind;
  if (!SELECTIONS.includes(selection)) throw new ScenarioError(path, `unknown VM selection "${s}" (one of ${SELECTIONS.join(', ')})`);
  const spec: PolicySpec = { allocation: a as AllocationKind, selection };
  if (param !== undefined) {
    const p = Number(param);
    if (!Number.isFinite(p) || p < 0) throw new ScenarioError(path, `parameter must be a number ≥ 0, got "${param}"`);
    spec.parameter = p;
  }
  return spec;
}

export function policyLabel(p: PolicySpec): string {
  const base = p.allocation === 'npa' || p.allocation === 'dvfs' ? p.allocation.toUpperCase() : `${p.allocation.toUpperCase()}-${p.selection.toUpperCase()}`;
  return p.parameter === undefined ? base : `${base}:${p.parameter}`;
}

function readTraces(value: unknown, path: string): number[][] {
  const list = readArray(value, path);
  if (list.length === 0) throw new ScenarioError(path, 'needs at least one trace');
  return list.map((t, i) => {
    const at = joinPath(path, i);
    const arr = readArray(t, at);
    if (arr.length === 0 || arr.length > 288) throw new ScenarioError(at, `needs 1–288 percentages, got ${arr.length}`);
    return arr.map((v, j) => {
      if (typeof v !== 'number' || !(v >= 0 && v <= 100)) throw new ScenarioError(joinPath(at, j), `must be a percentage 0–100, got ${JSON.stringify(v)}`);
      return v;
    });
  });
}

function readSynthetic(value: unknown, path: string): SyntheticTraceSpec {
  const obj = value === undefined ? {} : readObject(value, path);
  rejectUnknownKeys(obj, path, Object.keys(DEFAULT_SYNTHETIC_SPEC));
  const d = DEFAULT_SYNTHETIC_SPEC;
  return {
    vmCount: readNumber(obj, 'vmCount', path, { integer: true, min: 1, max: 5000, default: d.vmCount }),
    medianPct: readNumber(obj, 'medianPct', path, { min: 0, max: 100, default: d.medianPct }),
    spread: readNumber(obj, 'spread', path, { min: 0, max: 3, default: d.spread }),
    noiseRel: readNumber(obj, 'noiseRel', path, { min: 0, max: 3, default: d.noiseRel }),
    ar1: readNumber(obj, 'ar1', path, { min: 0, max: 0.99, default: d.ar1 }),
    dailyAmplitude: readNumber(obj, 'dailyAmplitude', path, { min: 0, max: 1, default: d.dailyAmplitude }),
    idleVmShare: readNumber(obj, 'idleVmShare', path, { min: 0, max: 1, default: d.idleVmShare }),
    idleTimeShare: readNumber(obj, 'idleTimeShare', path, { min: 0, max: 0.95, default: d.idleTimeShare }),
    idleMeanSamples: readNumber(obj, 'idleMeanSamples', path, { min: 1, max: 288, default: d.idleMeanSamples }),
  };
}

const KEYS = ['hostCount', 'policy', 'parameter', 'traces', 'synthetic', 'compare', 'durationSec', 'hostDetail'];

export function readConsolidationParams(input: unknown, path: string): ConsolidationParams {
  const obj = readObject(input ?? {}, path);
  rejectUnknownKeys(obj, path, KEYS);
  const policy = parsePolicyName(readString(obj, 'policy', path, 'LR-MMT'), joinPath(path, 'policy'));
  if (obj.parameter !== undefined) policy.parameter = readNumber(obj, 'parameter', path, { min: 0, max: 10 });
  const compareRaw = obj.compare === undefined ? [] : readArray(obj.compare, joinPath(path, 'compare'));
  const compare = compareRaw.map((c, i) => {
    const at = joinPath(path, 'compare', i);
    if (typeof c !== 'string') throw new ScenarioError(at, `must be a policy name like "LR-MMT", got ${JSON.stringify(c)}`);
    return parsePolicyName(c, at);
  });
  return {
    hostCount: readNumber(obj, 'hostCount', path, { integer: true, min: 1, max: 5000, default: 800 }),
    policy,
    traces: obj.traces === undefined ? null : readTraces(obj.traces, joinPath(path, 'traces')),
    synthetic: readSynthetic(obj.synthetic, joinPath(path, 'synthetic')),
    compare,
    limitSec: readNumber(obj, 'durationSec', path, { min: 300, max: SIMULATION_LIMIT_SEC, default: SIMULATION_LIMIT_SEC }),
    hostDetail: readBoolean(obj, 'hostDetail', path, true),
  };
}
