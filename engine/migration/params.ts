/**
 * Reads and validates the `migration` scenario params (see docs/scenarios/migration.md).
 * Defaults are QEMU's (migration/options.c, refs/virtualization.md §C3): 300 ms downtime limit,
 * 128 MiB/s max-bandwidth for the live phase, auto-converge 20 % + 10 %/step up to 99 % when
 * dirtying exceeds 50 % of what was sent, twice; Xen's rule set (xc_domain_save.c: 29
 * iterations, 3× RAM, < 50 pages) is the alternative stop rule.
 * Units: bytes, bytes/s and seconds internally; the JSON uses MiB, Mbit/s, ms for readability.
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readArray, readBoolean, readEnum, readNumber, readObject, rejectUnknownKeys } from '../core/params';
import { readDirtySpec, type DirtySpec } from './dirty-model';

export const STRATEGIES = ['cold', 'warm', 'precopy', 'autoconverge', 'postcopy', 'hybrid'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export type StopRule = 'qemu' | 'xen';
export const MIB = 1024 * 1024;

export interface AutoConvergeConfig {
  enabled: boolean;
  initialPct: number;
  incrementPct: number;
  maxPct: number;
  triggerPct: number;
}

export interface MigrationConfig {
  mode: 'pages' | 'fluid';
  memoryBytes: number;
  pageSizeBytes: number;
  pages: number;
  lineRateBytesPerSec: number;
  /** One-way latency. */
  latencySec: number;
  /** Live-phase limit (QEMU max-bandwidth); 0 = line rate. */
  rateLimitBytesPerSec: number;
  downtimeLimitSec: number;
  stopRule: StopRule;
  /** Live rounds cap; 0 = none (QEMU has none; Xen's DEF_MAX_ITERS is 29). */
  maxRounds: number;
  /** Stop when total sent > factor × RAM; 0 = none (Xen: 3). */
  byteCapFactor: number;
  resumeOverheadSec: number;
  deviceStateBytes: number;
  strategy: Strategy;
  autoConverge: AutoConvergeConfig;
  hybridRounds: number;
  prepagePages: number;
  postcopyRateBytesPerSec: number;
  zeroPageFraction: number;
  zeroPageDetection: boolean;
  xbzrleRatio: number;
  diskRateBytesPerSec: number;
  sliceSec: number;
  sampleSec: number;
  dirty: DirtySpec;
  /** Strategy comparison for the snapshot (null = off). */
  compare: { strategies: Strategy[]; horizonSec: number } | null;
}

function readCompare(o: Record<string, unknown>, path: string): MigrationConfig['compare'] {
  if (o.compare === undefined || o.compare === false) return null;
  const obj = o.compare === true ? {} : readObject(o.compare, path);
  rejectUnknownKeys(obj, path, ['strategies', 'horizonSec']);
  const list = obj.strategies === undefined ? ['precopy', 'autoconverge', 'postcopy', 'hybrid'] : readArray(obj.strategies, joinPath(path, 'strategies'));
  const strategies = list.map((x, i) => {
    if (!STRATEGIES.includes(x as Strategy)) throw new ScenarioError(joinPath(path, 'strategies', i), `must be one of ${STRATEGIES.join(', ')}, got ${JSON.stringify(x)}`);
    return x as Strategy;
  });
  return { strategies, horizonSec: readNumber(obj, 'horizonSec', path, { min: 1, max: 3600, default: 300 }) };
}

const KNOWN = ['mode', 'memoryMiB', 'pageSizeKiB', 'bandwidthMbps', 'latencyMs', 'rateLimitMiBps', 'downtimeLimitMs', 'stopRule', 'maxRounds',
  'byteCapFactor', 'resumeOverheadMs', 'deviceStateKiB', 'strategy', 'autoConverge', 'hybridRounds', 'postcopy', 'zeroPages', 'xbzrle',
  'diskMiBps', 'sliceMs', 'sampleMs', 'dirty', 'compare'];

function readAutoConverge(o: Record<string, unknown>, path: string, strategy: Strategy): AutoConvergeConfig {
  const raw = o.autoConverge;
  const obj = raw === undefined || typeof raw === 'boolean' ? {} : readObject(raw, path);
  rejectUnknownKeys(obj, path, ['enabled', 'initialPct', 'incrementPct', 'maxPct', 'triggerPct']);
  const enabled = typeof raw === 'boolean' ? raw : readBoolean(obj, 'enabled', path, strategy === 'autoconverge');
  return {
    enabled: enabled || strategy === 'autoconverge',
    initialPct: readNumber(obj, 'initialPct', path, { min: 1, max: 99, default: 20 }),
    incrementPct: readNumber(obj, 'incrementPct', path, { min: 1, max: 99, default: 10 }),
    maxPct: readNumber(obj, 'maxPct', path, { min: 1, max: 99, default: 99 }),
    triggerPct: readNumber(obj, 'triggerPct', path, { min: 1, max: 100, default: 50 }),
  };
}

function readSub(o: Record<string, unknown>, key: string, path: string, known: string[]): Record<string, unknown> {
  const obj = o[key] === undefined ? {} : readObject(o[key], joinPath(path, key));
  rejectUnknownKeys(obj, joinPath(path, key), known);
  return obj;
}

export function readMigrationParams(value: unknown, path: string): MigrationConfig {
  const o = readObject(value ?? {}, path);
  rejectUnknownKeys(o, path, KNOWN);
  const mode = readEnum(o, 'mode', path, ['pages', 'fluid'] as const, 'pages');
  const memoryBytes = readNumber(o, 'memoryMiB', path, { min: 1, max: 1024 * 1024, default: 1024 }) * MIB;
  const pageSizeKiB = readNumber(o, 'pageSizeKiB', path, { default: 4 });
  if (pageSizeKiB !== 4 && pageSizeKiB !== 2048) throw new ScenarioError(joinPath(path, 'pageSizeKiB'), `must be 4 or 2048, got ${pageSizeKiB}`);
  const pageSizeBytes = pageSizeKiB * 1024;
  const pages = Math.ceil(memoryBytes / pageSizeBytes);
  const strategy = readEnum(o, 'strategy', path, STRATEGIES, 'precopy');
  const stopRule = readEnum(o, 'stopRule', path, ['qemu', 'xen'] as const, 'qemu');
  const post = readSub(o, 'postcopy', path, ['prepagePages', 'bandwidthMiBps']);
  const zero = readSub(o, 'zeroPages', path, ['fraction', 'detect']);
  const xb = readSub(o, 'xbzrle', path, ['enabled', 'ratio']);
  const pp = joinPath(path, 'postcopy');
  return {
    mode, memoryBytes, pageSizeBytes, pages, strategy, stopRule,
    lineRateBytesPerSec: (readNumber(o, 'bandwidthMbps', path, { min: 0, minExclusive: true, default: 10000 }) * 1e6) / 8,
    latencySec: readNumber(o, 'latencyMs', path, { min: 0, default: 0.1 }) / 1000,
    rateLimitBytesPerSec: readNumber(o, 'rateLimitMiBps', path, { min: 0, default: 128 }) * MIB,
    downtimeLimitSec: readNumber(o, 'downtimeLimitMs', path, { min: 0, max: 2_000_000, default: 300 }) / 1000,
    maxRounds: readNumber(o, 'maxRounds', path, { integer: true, min: 0, default: stopRule === 'xen' ? 29 : 0 }),
    byteCapFactor: readNumber(o, 'byteCapFactor', path, { min: 0, default: stopRule === 'xen' ? 3 : 0 }),
    resumeOverheadSec: readNumber(o, 'resumeOverheadMs', path, { min: 0, default: 0 }) / 1000,
    deviceStateBytes: readNumber(o, 'deviceStateKiB', path, { min: 0, default: 0 }) * 1024,
    autoConverge: readAutoConverge(o, joinPath(path, 'autoConverge'), strategy),
    hybridRounds: readNumber(o, 'hybridRounds', path, { integer: true, min: 1, default: 1 }),
    prepagePages: readNumber(post, 'prepagePages', pp, { integer: true, min: 0, max: 512, default: 0 }),
    postcopyRateBytesPerSec: readNumber(post, 'bandwidthMiBps', pp, { min: 0, default: 0 }) * MIB,
    zeroPageFraction: readNumber(zero, 'fraction', joinPath(path, 'zeroPages'), { min: 0, max: 1, default: 0 }),
    zeroPageDetection: readBoolean(zero, 'detect', joinPath(path, 'zeroPages'), false),
    xbzrleRatio: readBoolean(xb, 'enabled', joinPath(path, 'xbzrle'), false) ? readNumber(xb, 'ratio', joinPath(path, 'xbzrle'), { min: 0, minExclusive: true, max: 1, default: 0.25 }) : 1,
    diskRateBytesPerSec: readNumber(o, 'diskMiBps', path, { min: 0, minExclusive: true, default: 500 }) * MIB,
    sliceSec: readNumber(o, 'sliceMs', path, { min: 1, max: 1000, default: 10 }) / 1000,
    sampleSec: readNumber(o, 'sampleMs', path, { min: 1, max: 60000, default: 100 }) / 1000,
    dirty: readDirtySpec(o.dirty, joinPath(path, 'dirty'), pages),
    compare: readCompare(o, joinPath(path, 'compare')),
  };
}

/** The live-phase rate: QEMU's max-bandwidth when set and below line rate. */
export const liveRate = (c: MigrationConfig): number =>
  c.rateLimitBytesPerSec > 0 ? Math.min(c.rateLimitBytesPerSec, c.lineRateBytesPerSec) : c.lineRateBytesPerSec;
export const postcopyRate = (c: MigrationConfig): number =>
  c.postcopyRateBytesPerSec > 0 ? Math.min(c.postcopyRateBytesPerSec, c.lineRateBytesPerSec) : c.lineRateBytesPerSec;
