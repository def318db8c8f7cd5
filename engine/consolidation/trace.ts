/**
 * PlanetLab utilization traces: one file per VM, 288 integer CPU percentages, one per 5-minute slot
 * (CoMon monitoring of PlanetLab, March–April 2011; shipped with CloudSim).
 *
 * CloudSim's UtilizationModelPlanetLabInMemory reads the values as fractions s_0…s_287, appends
 * s_288 = s_287, and interpolates linearly between samples (refs/cloudsim-consolidation.md §B4).
 * `utilizationAt` repeats its arithmetic step for step so tick times like 300.1 s give the same
 * double as in Java.
 */
import { SCHEDULING_INTERVAL_SEC } from './cloudsim-setup';

export const SAMPLES_PER_DAY = 288;

/** Parses one trace file's text (whitespace-separated integers) into percentages. */
export function parsePlanetLabTrace(text: string): number[] {
  const out: number[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const v = Number(token);
    if (!Number.isFinite(v)) throw new RangeError(`not a number: "${token}"`);
    out.push(v);
    if (out.length === SAMPLES_PER_DAY) break;
  }
  return out;
}

/** Percentages → the fractions CloudSim holds, with the extra last sample. */
export function toUtilizationSamples(percentages: ArrayLike<number>): Float64Array {
  const n = Math.min(percentages.length, SAMPLES_PER_DAY);
  const data = new Float64Array(SAMPLES_PER_DAY + 1);
  for (let i = 0; i < SAMPLES_PER_DAY; i++) data[i] = (i < n ? percentages[i]! : 0) / 100;
  data[SAMPLES_PER_DAY] = data[SAMPLES_PER_DAY - 1]!;
  return data;
}

export function utilizationAt(data: Float64Array, timeSec: number): number {
  const interval = SCHEDULING_INTERVAL_SEC;
  if (timeSec % interval === 0) return data[Math.trunc(Math.trunc(timeSec) / interval)]!;
  const t1 = Math.floor(timeSec / interval);
  const t2 = Math.ceil(timeSec / interval);
  const u1 = data[t1]!;
  const u2 = data[t2]!;
  const delta = (u2 - u1) / ((t2 - t1) * interval);
  return u1 + delta * (timeSec - t1 * interval);
}
