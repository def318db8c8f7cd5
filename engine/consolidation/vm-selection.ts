/**
 * Choosing which VM leaves an overloaded host (Beloglazov & Buyya 2012 §7; CloudSim
 * PowerVmSelectionPolicy*; refs/cloudsim-consolidation.md §B11). Candidates are the host's VMs that
 * are not migrating, in list order; ties go to the first.
 *  - MMT (minimum migration time): smallest configured RAM.
 *  - MU (minimum utilization): smallest requested fraction of the VM's MIPS.
 *  - MC (maximum correlation): largest R² of the VM's history regressed on the others'; falls back
 *    to MMT when the regression is impossible (fewer samples than candidates, or singular).
 *  - RS (random selection): uniform. Simplification: seeded, where CloudSim uses an unseeded
 *    java.util.Random, so our RS runs repeat exactly and CloudSim's do not.
 */
import type { Rng } from '../core/rng';
import type { Host, Vm } from './datacenter-state';
import { SingularMatrixError, rSquared } from './ols';

export type SelectionKind = 'mmt' | 'mc' | 'rs' | 'mu';

function candidates(host: Host, vms: readonly Vm[]): Vm[] {
  const out: Vm[] = [];
  for (const id of host.vms) if (!vms[id]!.inMigration) out.push(vms[id]!);
  return out;
}

function pickMinimum(list: readonly Vm[], metric: (vm: Vm) => number): Vm | null {
  let best: Vm | null = null;
  let min = Number.MAX_VALUE;
  for (const vm of list) {
    const m = metric(vm);
    if (m < min) {
      min = m;
      best = vm;
    }
  }
  return best;
}

/** R² per candidate, or null where Commons Math would throw (→ MMT fallback). */
export function correlationCoefficients(list: readonly Vm[]): number[] | null {
  const n = list.length;
  let m = Infinity;
  for (const vm of list) m = Math.min(m, vm.histLen);
  if (n < 2 || n > m) return null;
  const out: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const others = list.filter((_, j) => j !== i).map((vm) => vm.hist);
      out.push(rSquared(others, list[i]!.hist, m));
    }
  } catch (e) {
    if (e instanceof SingularMatrixError) return null;
    throw e;
  }
  return out;
}

export function selectVmToMigrate(kind: SelectionKind, host: Host, vms: readonly Vm[], rng: Rng): Vm | null {
  const list = candidates(host, vms);
  if (list.length === 0) return null;
  const mmt = (): Vm | null => pickMinimum(list, (vm) => vm.ramMb);
  switch (kind) {
    case 'mmt':
      return mmt();
    case 'mu':
      return pickMinimum(list, (vm) => vm.reqMips / vm.mips);
    case 'rs':
      return list[rng.int(list.length)]!;
    case 'mc': {
      const r2 = correlationCoefficients(list);
      if (!r2) return mmt();
      let max = Number.MIN_VALUE;
      let index = 0;
      r2.forEach((v, i) => {
        if (v > max) {
          max = v;
          index = i;
        }
      });
      return list[index]!;
    }
  }
}
