/**
 * Energy-proportionality measures of a server power curve (normalized to peak power):
 *  - idle-to-peak ratio P(0)/P(1) and dynamic range (P(1) − P(0))/P(1) (Barroso & Hölzle, "The Case
 *    for Energy-Proportional Computing", IEEE Computer 40(12), 2007);
 *  - EP score = 1 − (A_server − A_ideal)/A_ideal, A = area under the normalized curve over u ∈ [0, 1],
 *    A_ideal = ½ for P ∝ u: 1 is ideal, 0 a flat curve at peak power (Ryckbosch, Polfliet & Eeckhout,
 *    "Trends in Server Energy Proportionality", IEEE Computer 44(9), 2011);
 *  - proportionality gap PG(u) = (P(u) − u·P(1))/P(1) (Wong & Annavaram, MICRO 2012);
 *  - relative efficiency u·P(1)/P(u): the share of peak efficiency at load u.
 * Area by the trapezoid rule on `steps` intervals (exact for SPECpower tables at 10 steps).
 */
import type { PowerModel } from './power-model';

export interface ProportionalityMeasures {
  idleToPeak: number;
  dynamicRange: number;
  epScore: number;
  /** PG at 10 %, 30 % and 50 % load. */
  gapAt10: number;
  gapAt30: number;
  gapAt50: number;
  /** Efficiency at 30 % load relative to peak-load efficiency (servers spend most time near 10–50 %). */
  efficiencyAt30: number;
}

export function normalizedArea(model: PowerModel, steps = 10): number {
  let area = 0;
  for (let i = 0; i < steps; i++) {
    const a = model.powerW(i / steps) / model.maxW;
    const b = model.powerW((i + 1) / steps) / model.maxW;
    area += ((a + b) / 2) / steps;
  }
  return area;
}

export const proportionalityGap = (model: PowerModel, u: number): number => (model.powerW(u) - u * model.maxW) / model.maxW;

export function proportionality(model: PowerModel, steps = 10): ProportionalityMeasures {
  const area = normalizedArea(model, steps);
  return {
    idleToPeak: model.idleW / model.maxW,
    dynamicRange: (model.maxW - model.idleW) / model.maxW,
    epScore: 1 - (area - 0.5) / 0.5,
    gapAt10: proportionalityGap(model, 0.1),
    gapAt30: proportionalityGap(model, 0.3),
    gapAt50: proportionalityGap(model, 0.5),
    efficiencyAt30: (0.3 * model.maxW) / model.powerW(0.3),
  };
}
