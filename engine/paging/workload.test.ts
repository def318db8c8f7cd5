/**
 * Workloads and the cost explorer, checked against counts derived by hand: a 64-byte stride touches
 * each 4 KiB page 64 times (1 compulsory miss + 63 hits); a 4 KiB stride cycling over more pages than
 * the TLBs hold misses every time under LRU; Zipf probabilities follow 1/rank^s.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { DEFAULT_COSTS } from './cost-model';
import { DEFAULT_TLB } from './tlb';
import { buildZipfAlias, createAccessStream, readWorkloadSpec } from './workload';
import { runWorkload, type RunConfig } from './workload-runner';
import { runPaging } from './test-helpers';

const cfg = (mode: RunConfig['mode'], extra: Partial<RunConfig> = {}): RunConfig => ({
  label: mode, mode, guestPageSize: '4K', hostPageSize: '4K', levels: 4, hostLevels: 4, tlb: DEFAULT_TLB,
  pscEntries: 0, hostPscEntries: 0, nestedTlbEntries: 0, costs: DEFAULT_COSTS, ...extra,
});
const spec = (w: Record<string, unknown>) => readWorkloadSpec(w, 'workload');

describe('workloads', () => {
  it('sequential 64-byte stride: TLB hit rate 63/64, native 4/64 and nested 24/64 references per access', () => {
    const w = spec({ pattern: 'sequential', workingSetBytes: 1 << 20, strideBytes: 64, accesses: (1 << 20) / 64 });
    const n = runWorkload(w, cfg('native'), createRng(1));
    expect(n.tlbHitRate).toBeCloseTo(63 / 64, 12);
    expect(n.refsPerAccess).toBeCloseTo(4 / 64, 12);
    expect(runWorkload(w, cfg('nested'), createRng(1)).refsPerAccess).toBeCloseTo(24 / 64, 12);
  });

  it('a 4 KiB stride over 4096 pages (more than 64 + 1536 TLB entries) misses on every access under LRU', () => {
    const w = spec({ pattern: 'strided', workingSetBytes: 4096 * 4096, accesses: 2 * 4096 });
    const r = runWorkload(w, cfg('native'), createRng(1));
    expect(r.tlbHitRate).toBe(0);
    expect(r.refsPerWalk).toBe(4);
    const s = runWorkload(w, cfg('shadow'), createRng(1));
    expect(s.vmExits).toBe(4096); // one hidden fault per page, once
    expect(s.exitsByReason).toEqual({ 'shadow-page-fault': 4096 });
  });

  it('2 MiB pages on both sides turn the same strided workload into TLB hits', () => {
    const w = spec({ pattern: 'strided', workingSetBytes: 4096 * 4096, accesses: 2 * 4096 });
    const r = runWorkload(w, cfg('nested', { guestPageSize: '2M', hostPageSize: '2M' }), createRng(1));
    expect(r.walks).toBe(8); // 16 MiB = 8 large pages, each walked once
    expect(r.refsPerWalk).toBe(15);
  });

  it('context switches: a tagged TLB keeps both processes (only 2 × 16 compulsory misses); an untagged one refills after every switch', () => {
    const w = spec({ pattern: 'sequential', workingSetBytes: 16 * 4096, strideBytes: 64, accesses: 100_000, processes: 2, switchEvery: 1000 });
    expect(runWorkload(w, cfg('native'), createRng(1)).walks).toBe(32);
    const untagged = runWorkload(w, cfg('native', { tlb: { ...DEFAULT_TLB, tagged: false } }), createRng(1));
    expect(untagged.walks).toBeGreaterThan(1000);
  });

  it('two VMs: VPID tags keep both VMs\' nested translations (2 × 16 compulsory misses); untagged VM switches flush', () => {
    const w = spec({ pattern: 'sequential', workingSetBytes: 16 * 4096, accesses: 20_000, vms: 2, switchEvery: 1000 });
    const tagged = runWorkload(w, cfg('nested'), createRng(1));
    expect(tagged.walks).toBe(32);
    expect(tagged.refsPerWalk).toBe(24);
    expect(runWorkload(w, cfg('nested', { tlb: { ...DEFAULT_TLB, tagged: false } }), createRng(1)).walks).toBeGreaterThan(32 * 5);
  });

  it('shadow paging pays a VM exit per guest context switch; nested pays none', () => {
    const w = spec({ pattern: 'sequential', workingSetBytes: 16 * 4096, accesses: 10_000, processes: 2, switchEvery: 1000 });
    expect(runWorkload(w, cfg('shadow'), createRng(1)).exitsByReason['mov-cr3']).toBe(9);
    expect(runWorkload(w, cfg('nested'), createRng(1)).vmExits).toBe(0);
  });

  it('warm-up fills the shadow tables first: the measured run of a stable, switch-free workload has no VM exits', () => {
    const w = spec({ pattern: 'uniform', workingSetBytes: 4096 * 4096, accesses: 5000, warmup: true }); // 4096 pages > TLB reach
    const r = runWorkload(w, cfg('shadow'), createRng(1));
    expect(r.vmExits).toBe(0);
    expect(r.refsPerWalk).toBe(4);
  });

  it('Zipf(s = 1) over 4 pages draws ranks with P = 12/25, 6/25, 4/25, 3/25', () => {
    const { prob, alias } = buildZipfAlias(4, 1);
    const rng = createRng(7);
    const counts = [0, 0, 0, 0];
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = rng.next() * 4, k = Math.floor(u);
      counts[rng.next() < prob[k]! ? k : alias[k]!]!++;
    }
    [12, 6, 4, 3].forEach((w, i) => expect(counts[i]! / n).toBeCloseTo(w / 25, 2));
  });

  it('the access stream is the same for the same seed', () => {
    const w = spec({ pattern: 'zipf', workingSetBytes: 1 << 22 });
    const a = createAccessStream(w, createRng(3)), b = createAccessStream(w, createRng(3));
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
  });
});

describe('compareModes through the model', () => {
  it('orders the modes as the literature does: native ≤ nested 2M < nested 4K in references, and shadow exits', () => {
    const s = runPaging({ workload: { pattern: 'uniform', workingSetBytes: 64 << 20, accesses: 5_000 } }, [{ do: 'compareModes' }]);
    const runs = (s.comparison as { runs: Array<{ label: string; refsPerAccess: number; vmExits: number; overheadVsNative: number }> }).runs;
    const by = Object.fromEntries(runs.map((r) => [r.label, r]));
    expect(by['nested 4K/4K']!.refsPerAccess).toBeGreaterThan(5 * by['native 4K']!.refsPerAccess);
    expect(by['nested 2M/2M']!.refsPerAccess).toBeLessThan(by['nested 4K/4K']!.refsPerAccess);
    expect(by['shadow 4K']!.vmExits).toBeGreaterThan(0);
    expect(by['native 4K']!.overheadVsNative).toBe(1);
  });
});
