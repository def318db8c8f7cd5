/**
 * The nested-walk memo is a simulator shortcut, so its only contract is "no observable difference":
 * every configuration is run twice — memo on, memo off — and every translation's outcome, the
 * counters, the TLB and both memories must be identical, while EPT permissions, control registers,
 * CR3, processes and VMs change under the memo's feet.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { invlpg, movToCr3, switchVm, writeHostEntry } from './address-space-ops';
import { DEFAULT_COSTS } from './cost-model';
import { levelIndex } from './linear-address';
import { createMmu } from './mmu';
import { createTranslateResult, type Mmu, type TranslateResult } from './mmu-types';
import { dumpImage, readHi, readLo } from './physical-memory';
import { DEFAULT_TLB } from './tlb';
import { translate } from './translate';
import { ACC_EXEC, ACC_USER, ACC_WRITE } from './walk-types';
import { createAccessStream, readWorkloadSpec } from './workload';
import { createWorkloadMmu, type RunConfig } from './workload-runner';
import { PS, entryAddress } from './x86-entry';

type Size = '4K' | '2M' | '1G';
/** TLBs far smaller than the working set, so pages are walked again and again (the memo's case). */
const SMALL_TLB = { ...DEFAULT_TLB, l1: { '4K': { entries: 16, ways: 4 }, '2M': { entries: 8, ways: 4 }, '1G': { entries: 4, ways: 4 } }, l2: { entries: 64, ways: 8, hugePages: true } };
const config = (g: Size, h: Size, levels: 4 | 5, hostLevels: 4 | 5, tagged = true): RunConfig => ({
  label: 'memo', mode: 'nested', guestPageSize: g, hostPageSize: h, levels, hostLevels, tlb: { ...SMALL_TLB, tagged },
  pscEntries: 0, hostPscEntries: 0, nestedTlbEntries: 0, costs: DEFAULT_COSTS,
});
const spec = readWorkloadSpec({ pattern: 'zipf', workingSetBytes: 1 << 22, accesses: 4000, zipfExponent: 0.8, vms: 2, processes: 2 }, 'w');

/** Address of the host leaf entry that maps gpa (EPT and x86 share the address field and PS at bit 7). */
function hostLeaf(m: Mmu, gpa: number): number {
  let table = m.hostRoot;
  for (let level: number = m.config.host.levels; level >= 1; level--) {
    const addr = table + levelIndex(Math.floor(gpa / 4096), level) * 8;
    const lo = readLo(m.hostMem, addr);
    if (level === 1 || (lo & PS) !== 0) return addr;
    table = entryAddress(lo, readHi(m.hostMem, addr));
  }
  return -1;
}

function outcome(res: TranslateResult): unknown[] {
  return [res.ok, res.pa, res.gpa, res.refs, res.tlbLevel, res.leafLevel, res.hostLeafLevel, res.fault?.kind, res.fault?.errorCode, res.exits.map((e) => e.reason)];
}

/** A scripted run: Zipf accesses of every kind, with EPT, guest-table, control and CR3 changes along the way. */
function script(memo: boolean, cfg: RunConfig, adFlags: boolean): { log: unknown[]; m: Mmu } {
  const { mmu: built, contexts, hostRoots } = createWorkloadMmu(spec, cfg);
  const m = createMmu({ ...built.config, host: { ...built.config.host, adFlags } }, { mem: built.mem, hostMem: built.hostMem, cr3Root: built.cr3Root, pcid: built.pcid, vpid: built.vpid, hostRoot: built.hostRoot });
  if (!memo) (m as { nestedMemo: unknown }).nestedMemo = null;
  const stream = createAccessStream(spec, createRng(5).stream('a'));
  const res = createTranslateResult();
  const kinds = [0, 0, ACC_WRITE, ACC_USER, ACC_EXEC, 0, ACC_WRITE | ACC_USER];
  const log: unknown[] = [];
  for (let i = 0; i < spec.accesses; i++) {
    const vpn = 2 ** 28 + Math.floor(stream.next() / 4096);
    translate(m, vpn, i % 4096, kinds[i % kinds.length]!, res);
    log.push(outcome(res));
    if (i === 1000 && res.ok) {
      const leaf = hostLeaf(m, res.gpa); // take write permission away from a data page's EPT entry
      writeHostEntry(m, leaf, readLo(m.hostMem, leaf) & ~2, readHi(m.hostMem, leaf));
      log.push(invlpg(m, vpn).flushed);
    }
    if (i === 2000) m.config.ctl.eferNXE = !m.config.ctl.eferNXE;
    if (i === 2500) log.push(movToCr3(m, m.cr3Root, m.pcid, false).flushed);
    if (i % 450 === 449) { // round-robin over every process of every VM, as the workload runner does
      const c = contexts[((i + 1) / 450) % contexts.length]!;
      log.push(c.vm + 1 === m.vpid ? movToCr3(m, c.root, c.pcid, cfg.tlb.tagged).flushed : switchVm(m, c.vm + 1, hostRoots[c.vm]!, c.root, c.pcid));
    }
    if (i === 3000 && res.ok) { const leaf = hostLeaf(m, res.gpa); writeHostEntry(m, leaf, 0, 0); log.push(invlpg(m, vpn).flushed); }
  }
  log.push(m.stats, m.tlb?.count());
  return { log, m };
}

describe('nested-walk memo', () => {
  const cases: Array<[Size, Size, 4 | 5, 4 | 5, boolean]> = [
    ['4K', '4K', 4, 4, false], ['4K', '4K', 4, 4, true], ['2M', '4K', 4, 4, false], ['4K', '2M', 4, 5, true],
    ['2M', '1G', 5, 4, false], ['1G', '2M', 4, 4, true], ['4K', '1G', 5, 5, false],
  ];
  it.each(cases)('guest %s / host %s pages, %i×%i levels, EPT A/D %s: identical with and without the memo', (g, h, levels, hostLevels, ad) => {
    const on = script(true, config(g, h, levels, hostLevels), ad);
    const off = script(false, config(g, h, levels, hostLevels), ad);
    expect(on.log).toEqual(off.log);
    expect(dumpImage(on.m.mem)).toEqual(dumpImage(off.m.mem));
    expect(dumpImage(on.m.hostMem)).toEqual(dumpImage(off.m.hostMem));
    // The memo was really exercised (with 2 MiB / 1 GiB guest pages the small TLB still covers most of the set).
    if (g === '4K') expect(on.m.nestedMemo!.replays).toBeGreaterThan(200);
  });

});
