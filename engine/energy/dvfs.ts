/**
 * Dynamic voltage and frequency scaling (DVFS): a CPU runs at one of a few P-states (frequency f,
 * voltage V). Dynamic power scales as C·V²·f (the CMOS switching-power law; e.g. Hennessy &
 * Patterson, Computer Architecture, 6th ed., §1.5), static/idle power does not. An "ondemand"-style
 * governor picks the lowest frequency whose capacity covers the demand, so the busy fraction at
 * that frequency is u·f_max/f.
 *   P(u) = P_static + P_dyn,max · (V² f)/(V_max² f_max) · busy
 * Simplification: one frequency for the whole package, instant switching, no turbo, memory and
 * platform power folded into P_static. Units: GHz, volts, watts, utilization as a fraction of the
 * capacity at f_max.
 */
export interface PState {
  freqGHz: number;
  volts: number;
}

export interface DvfsSpec {
  staticW: number;
  /** Dynamic power when 100 % busy at the highest P-state. */
  dynamicMaxW: number;
  /** Ascending by frequency. */
  pStates: readonly PState[];
}

/** Illustrative P-states of a 2010s server CPU (1.2–2.6 GHz). */
export const EXAMPLE_DVFS: DvfsSpec = {
  staticW: 60,
  dynamicMaxW: 90,
  pStates: [
    { freqGHz: 1.2, volts: 0.8 },
    { freqGHz: 1.6, volts: 0.9 },
    { freqGHz: 2.0, volts: 1.0 },
    { freqGHz: 2.6, volts: 1.15 },
  ],
};

export function chosenPState(spec: DvfsSpec, utilization: number): PState {
  const top = spec.pStates[spec.pStates.length - 1]!;
  const needGHz = utilization * top.freqGHz;
  return spec.pStates.find((p) => p.freqGHz >= needGHz - 1e-12) ?? top;
}

export function dvfsPowerW(spec: DvfsSpec, utilization: number): { powerW: number; pState: PState; busy: number } {
  const top = spec.pStates[spec.pStates.length - 1]!;
  const p = chosenPState(spec, utilization);
  const busy = Math.min(1, (utilization * top.freqGHz) / p.freqGHz);
  const scale = (p.volts * p.volts * p.freqGHz) / (top.volts * top.volts * top.freqGHz);
  return { powerW: spec.staticW + spec.dynamicMaxW * scale * busy, pState: p, busy };
}

/** Without DVFS the CPU stays at f_max: P = P_static + P_dyn,max · u. */
export const fixedFrequencyPowerW = (spec: DvfsSpec, utilization: number): number => spec.staticW + spec.dynamicMaxW * utilization;
