/**
 * The carbon model's snapshot (what views draw and lab checks read) and series (typed arrays for
 * charts). Grams = Σ over a job's slots of true intensity (g/kWh) × power (kW) × slot length (h).
 */
import type { Snapshot } from '../core/model';
import { createSeriesRecorder, type SeriesBundle } from '../core/series';
import type { CarbonParams } from './carbon-params';
import { sumRuns, type JobInstance, type Placement } from './carbon-plan';
import type { BuiltRegion } from './carbon-regions';
import { meanOf } from './intensity-series';
import { formatUtc } from './parse-utc-time';
import { footprintSnapshot } from './footprint-snapshot';

export interface PlanState {
  params: CarbonParams;
  regions: BuiltRegion[];
  jobs: JobInstance[];
  baseline: Placement[];
  placed: Placement[];
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

export function buildSnapshot(s: PlanState, nowSlot: number, timeSec: number): Snapshot {
  const { params } = s;
  const stepH = params.stepMin / 60;
  const utc = (slot: number): string => formatUtc(params.startMs + slot * params.stepMin * 60_000);
  const truthOf = (id: string): Float64Array => s.regions.find((r) => r.id === id)!.truth;
  const clip = (runs: Array<[number, number]>): Array<[number, number]> => runs.filter(([a]) => a < nowSlot).map(([a, b]) => [a, Math.min(b, nowSlot)]);
  let baselineG = 0, shiftedG = 0, soFarG = 0, baseSoFarG = 0, energyKWh = 0, delaySum = 0, delayMax = 0, moved = 0;
  const histogram = new Map<number, number>();
  const jobs = s.jobs.map((j, i) => {
    const b = s.baseline[i]!;
    const p = s.placed[i]!;
    const g = (pl: Placement, runs = pl.runs): number => sumRuns(truthOf(pl.region), runs) * j.powerKW * stepH;
    const bG = g(b);
    const pG = g(p);
    const end = p.runs[p.runs.length - 1]![1];
    const delayHours = (end - (j.nominalSlot + j.durationSlots)) * stepH;
    baselineG += bG; shiftedG += pG; soFarG += g(p, clip(p.runs)); baseSoFarG += g(b, clip(b.runs));
    energyKWh += j.durationSlots * j.powerKW * stepH;
    delaySum += delayHours; delayMax = Math.max(delayMax, delayHours);
    if (p.region !== j.home) moved++;
    histogram.set(Math.round(delayHours), (histogram.get(Math.round(delayHours)) ?? 0) + 1);
    return {
      id: j.id, jobId: j.jobId, kind: j.kind, home: j.home, region: p.region, manual: p.manual, interruptible: j.interruptible,
      nominalUtc: utc(j.nominalSlot), startUtc: utc(p.runs[0]![0]), endUtc: utc(end),
      windowStartUtc: utc(j.firstStart), latestStartUtc: utc(j.lastStart), deadlineUtc: utc(j.lastStart + j.durationSlots),
      nominalSlot: j.nominalSlot, firstStartSlot: j.firstStart, lastStartSlot: j.lastStart, durationSlots: j.durationSlots,
      runs: p.runs.map(([a, c]) => [a, c]), delayHours: round(delayHours, 2),
      baselineG: round(bG), shiftedG: round(pG), savedG: round(bG - pG),
      status: end <= nowSlot ? 'done' : p.runs[0]![0] <= nowSlot ? 'running' : 'waiting',
    };
  });
  const n = Math.max(1, s.jobs.length);
  return {
    timeSec, timeUtc: utc(nowSlot), nowSlot, stepMin: params.stepMin, startUtc: utc(0), days: params.days,
    policy: { ...params.policy }, forecast: { ...params.forecast }, location: JSON.parse(JSON.stringify(params.location)) as Snapshot,
    regions: s.regions.map((r) => regionSummary(r, nowSlot)),
    jobSpecs: JSON.parse(JSON.stringify(params.jobs)) as Snapshot[],
    jobs,
    totals: {
      jobs: s.jobs.length, energyKWh: round(energyKWh), baselineG: round(baselineG), shiftedG: round(shiftedG), savedG: round(baselineG - shiftedG),
      savingPct: baselineG > 0 ? round(100 * (1 - shiftedG / baselineG), 3) : 0,
      emittedSoFarG: round(soFarG), baselineSoFarG: round(baseSoFarG),
      meanDelayHours: round(delaySum / n, 3), maxDelayHours: round(delayMax, 2), movedRegionCount: moved, deadlineMisses: 0,
    },
    delayHistogram: [...histogram.entries()].sort((a, b) => a[0] - b[0]).map(([hours, count]) => ({ hours, count })),
    ...(params.footprint ? { footprint: footprintSnapshot(params.footprint, s.regions) } : {}),
  };
}

function regionSummary(r: BuiltRegion, nowSlot: number): Snapshot {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of r.truth) { if (v < min) min = v; if (v > max) max = v; }
  const at = Math.min(nowSlot, r.truth.length - 1);
  return {
    id: r.id, name: r.name, metric: r.metric, signal: r.signal, source: r.source, jurisdiction: r.jurisdiction,
    latDeg: r.latDeg, lonDeg: r.lonDeg, filledSlots: r.filledSlots,
    meanGPerKWh: round(meanOf(r.truth), 2), minGPerKWh: round(min, 2), maxGPerKWh: round(max, 2),
    nowGPerKWh: round(r.truth[at]!, 2), forecastNowGPerKWh: round(r.forecast[at]!, 2),
  };
}

export function buildSeries(s: PlanState): SeriesBundle {
  const cols = s.regions.flatMap((r) => [`ci.${r.id}`, `forecast.${r.id}`, `baselineKW.${r.id}`, `shiftedKW.${r.id}`]);
  const n = s.regions[0]?.truth.length ?? 0;
  const load = (placements: Placement[]): Map<string, Float64Array> => {
    const m = new Map(s.regions.map((r) => [r.id, new Float64Array(n)]));
    placements.forEach((p, i) => { for (const [a, b] of p.runs) for (let k = a; k < b; k++) m.get(p.region)![k]! += s.jobs[i]!.powerKW; });
    return m;
  };
  const base = load(s.baseline);
  const shifted = load(s.placed);
  const rec = createSeriesRecorder(cols, n);
  for (let k = 0; k < n; k++) {
    const row: Record<string, number> = {};
    for (const r of s.regions) {
      row[`ci.${r.id}`] = r.truth[k]!; row[`forecast.${r.id}`] = r.forecast[k]!;
      row[`baselineKW.${r.id}`] = base.get(r.id)![k]!; row[`shiftedKW.${r.id}`] = shifted.get(r.id)![k]!;
    }
    rec.record(k * s.params.stepMin * 60, row);
  }
  return rec.bundle();
}
