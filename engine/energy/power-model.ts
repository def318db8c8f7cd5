/**
 * Server power as a function of CPU utilization u ∈ [0, 1].
 *
 * Two families:
 *  - linear: P(u) = P_idle + u·(P_max − P_idle) — the classic model (Fan, Weber & Barroso, ISCA
 *    2007), the form Cloud Carbon Footprint uses per vCPU.
 *  - SPECpower table: eleven measured watts at 0 %, 10 %, …, 100 % load, linearly interpolated
 *    between points, exactly as CloudSim's PowerModelSpecPower.getPower does (including its
 *    arithmetic, so consolidation energy reproduces CloudSim to the last digit).
 * Units: utilization is a fraction, power in watts.
 */
import { ScenarioError } from '../core/errors';

export interface PowerModel {
  readonly name: string;
  readonly idleW: number;
  readonly maxW: number;
  /** Power at utilization u (fraction 0–1). Throws outside [0, 1], like CloudSim. */
  powerW(utilization: number): number;
}

export function createLinearPowerModel(name: string, idleW: number, maxW: number): PowerModel {
  if (!(idleW >= 0) || !(maxW >= idleW)) throw new ScenarioError('powerModel', `needs 0 ≤ idleW ≤ maxW, got ${idleW}, ${maxW}`);
  return {
    name,
    idleW,
    maxW,
    powerW(u) {
      checkUtilization(u);
      return idleW + u * (maxW - idleW);
    },
  };
}

/** A SPECpower-style table: 11 watts at loads 0, 0.1, …, 1.0. */
export function createSpecPowerModel(name: string, wattsAtDecile: readonly number[]): PowerModel {
  if (wattsAtDecile.length !== 11) throw new ScenarioError('powerModel', `a SPECpower table has 11 points, got ${wattsAtDecile.length}`);
  const table = Float64Array.from(wattsAtDecile);
  return {
    name,
    idleW: table[0]!,
    maxW: table[10]!,
    powerW: (u) => specPowerAt(table, u),
  };
}

/** CloudSim's PowerModelSpecPower.getPower, operation for operation. */
export function specPowerAt(table: Float64Array, u: number): number {
  checkUtilization(u);
  if (u % 0.1 === 0) return table[Math.trunc(u * 10)]!;
  const lo = Math.floor(u * 10);
  const hi = Math.ceil(u * 10);
  const p1 = table[lo]!;
  const delta = (table[hi]! - p1) / 10;
  return p1 + delta * (u - lo / 10) * 100;
}

function checkUtilization(u: number): void {
  if (!(u >= 0 && u <= 1)) throw new RangeError(`utilization must be within [0, 1], got ${u}`);
}

/** A curve sampled at n+1 evenly spaced loads, for charts and tables. */
export function samplePowerCurve(model: PowerModel, steps = 10): Array<{ utilization: number; powerW: number }> {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const utilization = i / steps;
    return { utilization, powerW: model.powerW(utilization) };
  });
}
