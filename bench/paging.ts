/**
 * `npm run bench -- paging [accesses] [workingSetMiB] [zipfExponent]`: translations per second for a Zipf
 * workload (default 10 M accesses, s = 0.99 over 64 MiB of 4 KiB pages, default Skylake-like TLBs) under
 * native and nested (4-level EPT) paging — nested also with the simulator's walk memo switched off —
 * plus shadow for reference. The baseline is a bare loop that
 * draws the same Zipf addresses and sums them — the same work minus translation — measured in the
 * same process; the ratio says how much the MMU model costs over address generation alone.
 * Targets (issue 3): native ≥ 10 M translations/s, nested ≥ 3 M/s on the 2-core CI machine.
 */
import { createRng } from '../engine/core/rng';
import { DEFAULT_COSTS, estimateCycles } from '../engine/paging/cost-model';
import { createTranslateResult } from '../engine/paging/mmu-types';
import { DEFAULT_TLB } from '../engine/paging/tlb';
import { translate } from '../engine/paging/translate';
import { createAccessStream, readWorkloadSpec } from '../engine/paging/workload';
import { createWorkloadMmu, type RunConfig } from '../engine/paging/workload-runner';

const VA_BASE_VPN = 2 ** 40 / 4096; // where createWorkloadMmu maps the working set

const config = (mode: RunConfig['mode']): RunConfig => ({
  label: mode, mode, guestPageSize: '4K', hostPageSize: '4K', levels: 4, hostLevels: 4, tlb: DEFAULT_TLB,
  pscEntries: 0, hostPscEntries: 0, nestedTlbEntries: 0, costs: DEFAULT_COSTS,
});

/** Calibration: 10^8 integer adds (wall and CPU ms), to judge how loaded the machine is. */
function calibration(): { wallMs: number; cpuMs: number } {
  let s = 0;
  const t = timed(() => { for (let i = 0; i < 1e8; i++) s += i & 7; });
  return { wallMs: t.wallSec * 1000 + (s < 0 ? 1 : 0), cpuMs: t.cpuSec * 1000 };
}

/** Wall and CPU seconds of `fn` (CPU time is the load-independent figure on a shared machine). */
function timed(fn: () => void): { wallSec: number; cpuSec: number } {
  const c0 = process.cpuUsage(), t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wallSec: (performance.now() - t0) / 1000, cpuSec: (c.user + c.system) / 1e6 };
}

/** The same work minus translation: read each pre-drawn address, split it into page and offset, sum. */
function bareLoop(offsets: Float64Array): { perSec: number; perCpuSec: number; checksum: number } {
  let sum = 0;
  const t = timed(() => {
    for (let i = 0; i < offsets.length; i++) {
      const off = offsets[i]!;
      sum += VA_BASE_VPN + Math.floor(off / 4096) + (off % 4096);
    }
  });
  return { perSec: offsets.length / t.wallSec, perCpuSec: offsets.length / t.cpuSec, checksum: sum };
}

function timeMode(mode: RunConfig['mode'], offsets: Float64Array, workingSetBytes: number, memo: boolean) {
  const spec = readWorkloadSpec({ pattern: 'zipf', workingSetBytes, accesses: offsets.length }, 'bench');
  const { mmu } = createWorkloadMmu(spec, config(mode));
  // The simulator's nested-walk memo (engine/paging/walk-memo.ts) can be switched off to show what it buys.
  if (!memo) (mmu as { nestedMemo: unknown }).nestedMemo = null;
  const res = createTranslateResult();
  const t = timed(() => {
    for (let i = 0; i < offsets.length; i++) {
      const off = offsets[i]!;
      translate(mmu, VA_BASE_VPN + Math.floor(off / 4096), off % 4096, 0, res);
    }
  });
  const s = mmu.stats;
  return { perSec: offsets.length / t.wallSec, perCpuSec: offsets.length / t.cpuSec, hitRate: (s.l1Hits + s.l2Hits) / s.translations, refs: s.references / s.translations, exits: s.vmExits, cycles: estimateCycles(s, DEFAULT_COSTS) / s.translations };
}

export async function run(args: string[]): Promise<void> {
  const accesses = Number(args[0] ?? 10_000_000);
  const workingSetBytes = Number(args[1] ?? 64) * 2 ** 20;
  const zipfExponent = Number(args[2] ?? 0.99);
  const spec = readWorkloadSpec({ pattern: 'zipf', workingSetBytes, zipfExponent, accesses }, 'bench');
  const stream = createAccessStream(spec, createRng(1).stream('bench'));
  const offsets = new Float64Array(accesses);
  for (let i = 0; i < accesses; i++) offsets[i] = stream.next();
  console.log(`paging bench: ${accesses.toLocaleString('en')} Zipf(${zipfExponent}) accesses over ${workingSetBytes / 2 ** 20} MiB of 4 KiB pages (addresses drawn before timing)`);
  const cal = calibration();
  console.log(`  calibration: 10^8 integer adds took ${cal.wallMs.toFixed(0)} ms wall, ${cal.cpuMs.toFixed(0)} ms CPU (≈ 70–100 ms on an idle core; more means a loaded machine)`);
  const base = bareLoop(offsets);
  console.log(`  bare loop (same addresses, no translation): ${(base.perSec / 1e6).toFixed(1)} M/s wall, ${(base.perCpuSec / 1e6).toFixed(1)} M per CPU-second (checksum ${base.checksum % 1000})`);
  const targets: Record<string, number> = { native: 10e6, nested: 3e6, shadow: 0 };
  const runs = [['native', true], ['nested', true], ['nested', false], ['shadow', true]] as const;
  for (const [mode, memo] of runs) {
    const r = timeMode(mode, offsets, workingSetBytes, memo);
    const target = memo ? targets[mode]! : 0;
    const verdict = target > 0 ? (r.perCpuSec >= target ? `meets ≥ ${target / 1e6} M per CPU-second` : `below the ${target / 1e6} M/s target`) : 'no target';
    console.log(`  ${(memo ? mode : `${mode}, walk memo off`).padEnd(6)}: ${(r.perSec / 1e6).toFixed(2)} M translations/s wall, ${(r.perCpuSec / 1e6).toFixed(2)} M per CPU-second (${verdict}); ` +
      `${(base.perCpuSec / r.perCpuSec).toFixed(1)}× the bare loop's CPU time; ` +
      `TLB hit ${(100 * r.hitRate).toFixed(2)} %, ${r.refs.toFixed(3)} refs/access, ${r.exits} VM exits, ${r.cycles.toFixed(2)} est. cycles/access`);
  }
}
