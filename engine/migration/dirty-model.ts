/**
 * Workload dirty models: where and how fast the guest writes memory.
 *
 * - idle: no writes.
 * - uniform: `ratePagesPerSec` writes, each to a page chosen uniformly from all pages.
 * - hotset: the writable working set of Clark et al. (NSDI 2005, §3): `hotPages` pages written at
 *   `ratePagesPerSec`, the rest at `coldRatePagesPerSec`.
 * - zipf: writes whose page rank follows Zipf(s); ranks are scattered over the address space.
 * - phases: a list of sub-models each lasting `durationSec`, repeated (bursts, quiet spells).
 * - trace: a write-rate trace (`samples`, writes/s every `sampleSec`, repeated) on a working set.
 *
 * Rates are page *writes* per second; a page written twice before the next bitmap sync is dirty
 * once, which the bitmap does for free. Units: pages, seconds.
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readArray, readEnum, readNumber, readObject, rejectUnknownKeys } from '../core/params';

export const DIRTY_MODELS = ['idle', 'uniform', 'hotset', 'zipf', 'phases', 'trace'] as const;
export type DirtyModelName = (typeof DIRTY_MODELS)[number];

/** One constant-rate component: writes/s spread over pages [offset, offset + span). */
export interface WriteStream {
  ratePagesPerSec: number;
  offsetPage: number;
  spanPages: number;
  /** 0 = uniform over the span; > 0 = Zipf exponent over ranks of the span. */
  zipfExponent: number;
}

export interface DirtySpec {
  model: DirtyModelName;
  streams: WriteStream[];
  /** phases/trace: a cycle of (durationSec, streams). */
  cycle: Array<{ durationSec: number; streams: WriteStream[] }>;
  /** Hot-set bytes for the fluid hot-set variant (pages); Infinity when unbounded. */
  hotPages: number;
}

const rate = (o: Record<string, unknown>, p: string, key = 'ratePagesPerSec'): number => readNumber(o, key, p, { min: 0, default: 0 });

function readHotPages(o: Record<string, unknown>, p: string, pages: number): number {
  if (o.hotPages !== undefined) return readNumber(o, 'hotPages', p, { integer: true, min: 1, max: pages });
  const fraction = readNumber(o, 'hotFraction', p, { min: 0, minExclusive: true, max: 1, default: 0.05 });
  return Math.max(1, Math.round(fraction * pages));
}

function readSteady(o: Record<string, unknown>, p: string, pages: number, model: DirtyModelName): { streams: WriteStream[]; hotPages: number } {
  const all = (r: number, zipf = 0): WriteStream => ({ ratePagesPerSec: r, offsetPage: 0, spanPages: pages, zipfExponent: zipf });
  switch (model) {
    case 'idle':
      rejectUnknownKeys(o, p, ['model']);
      return { streams: [], hotPages: Infinity };
    case 'uniform':
      rejectUnknownKeys(o, p, ['model', 'ratePagesPerSec']);
      return { streams: [all(rate(o, p))], hotPages: Infinity };
    case 'zipf':
      rejectUnknownKeys(o, p, ['model', 'ratePagesPerSec', 'exponent']);
      return { streams: [all(rate(o, p), readNumber(o, 'exponent', p, { min: 0, minExclusive: true, max: 5, default: 1 }))], hotPages: Infinity };
    default: {
      rejectUnknownKeys(o, p, ['model', 'ratePagesPerSec', 'hotPages', 'hotFraction', 'coldRatePagesPerSec']);
      const hot = readHotPages(o, p, pages);
      const streams: WriteStream[] = [{ ratePagesPerSec: rate(o, p), offsetPage: 0, spanPages: hot, zipfExponent: 0 }];
      const cold = rate(o, p, 'coldRatePagesPerSec');
      if (cold > 0 && hot < pages) streams.push({ ratePagesPerSec: cold, offsetPage: hot, spanPages: pages - hot, zipfExponent: 0 });
      return { streams, hotPages: cold > 0 ? Infinity : hot };
    }
  }
}

function readPhases(o: Record<string, unknown>, p: string, pages: number): DirtySpec['cycle'] {
  rejectUnknownKeys(o, p, ['model', 'phases']);
  const list = readArray(o.phases, joinPath(p, 'phases'));
  if (list.length === 0) throw new ScenarioError(joinPath(p, 'phases'), 'needs at least one phase');
  return list.map((raw, i) => {
    const at = joinPath(p, 'phases', i);
    const obj = { ...readObject(raw, at) };
    const durationSec = readNumber(obj, 'durationSec', at, { min: 0, minExclusive: true });
    delete obj.durationSec;
    const model = readEnum(obj, 'model', at, ['idle', 'uniform', 'hotset', 'zipf'] as const);
    return { durationSec, streams: readSteady(obj, at, pages, model).streams };
  });
}

function readTrace(o: Record<string, unknown>, p: string, pages: number): DirtySpec['cycle'] {
  rejectUnknownKeys(o, p, ['model', 'samples', 'sampleSec', 'hotPages', 'hotFraction']);
  const samples = readArray(o.samples, joinPath(p, 'samples'));
  if (samples.length === 0) throw new ScenarioError(joinPath(p, 'samples'), 'needs at least one sample');
  const sampleSec = readNumber(o, 'sampleSec', p, { min: 0, minExclusive: true, default: 1 });
  const span = o.hotPages === undefined && o.hotFraction === undefined ? pages : readHotPages(o, p, pages);
  return samples.map((s, i) => {
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0) throw new ScenarioError(joinPath(p, 'samples', i), `must be a number ≥ 0 (writes/s), got ${JSON.stringify(s)}`);
    return { durationSec: sampleSec, streams: [{ ratePagesPerSec: s, offsetPage: 0, spanPages: span, zipfExponent: 0 }] };
  });
}

export function readDirtySpec(value: unknown, path: string, pages: number): DirtySpec {
  const o = value === undefined ? { model: 'idle' } : readObject(value, path);
  const model = readEnum(o, 'model', path, DIRTY_MODELS);
  if (model === 'phases') return { model, streams: [], cycle: readPhases(o, path, pages), hotPages: Infinity };
  if (model === 'trace') return { model, streams: [], cycle: readTrace(o, path, pages), hotPages: Infinity };
  const steady = readSteady(o, path, pages, model);
  return { model, streams: steady.streams, cycle: [], hotPages: steady.hotPages };
}

/** The write streams active at time tSec (since the start of the scenario). */
export function streamsAt(spec: DirtySpec, tSec: number): WriteStream[] {
  if (spec.cycle.length === 0) return spec.streams;
  const period = spec.cycle.reduce((s, c) => s + c.durationSec, 0);
  let t = tSec % period;
  for (const c of spec.cycle) {
    if (t < c.durationSec) return c.streams;
    t -= c.durationSec;
  }
  return spec.cycle[spec.cycle.length - 1]!.streams;
}

/** Time of the next change of streams after tSec (Infinity for a steady model). */
export function nextChangeSec(spec: DirtySpec, tSec: number): number {
  if (spec.cycle.length === 0) return Infinity;
  const period = spec.cycle.reduce((s, c) => s + c.durationSec, 0);
  const base = Math.floor(tSec / period) * period;
  let edge = base;
  for (const c of spec.cycle) {
    edge += c.durationSec;
    if (edge > tSec) return edge;
  }
  return base + period;
}

/** Total write rate (pages/s) at tSec. */
export function writeRateAt(spec: DirtySpec, tSec: number): number {
  return streamsAt(spec, tSec).reduce((s, w) => s + w.ratePagesPerSec, 0);
}

/** ∫ write rate dt over [t0, t1], exactly, for piecewise-constant models (pages). */
export function writesBetween(spec: DirtySpec, t0Sec: number, t1Sec: number): number {
  let total = 0;
  for (let t = t0Sec; t < t1Sec; ) {
    const edge = Math.min(nextChangeSec(spec, t), t1Sec);
    total += writeRateAt(spec, t) * (edge - t);
    t = edge;
  }
  return total;
}
