/**
 * The `paging` model: x86-64 address translation — native 4/5-level paging, nested paging (EPT/NPT)
 * and shadow paging — with TLBs, paging-structure caches and a workload cost explorer.
 * Page walks have no real duration: commands (translate, setCr3, …) are placed at successive `at`
 * seconds purely to order them; `advanceTo` does nothing but move the clock. Sources: Intel SDM Vol. 3A
 * ch. 4 and Vol. 3C ch. 29, AMD APM Vol. 2 §15.25, Bhargava et al. ASPLOS'08 (refs §A).
 */
import type { ModelDefinition, Snapshot } from '../core/model';
import { createSeriesRecorder } from '../core/series';
import { usToSec } from '../core/time';
import { estimateCycles } from './cost-model';
import { hexAddr } from './hex';
import { setupMemories } from './memory-setup';
import { createMmu } from './mmu';
import { readPagingParams } from './paging-params';
import { PAGING_COMMANDS, readPagingCommand } from './paging-command-args';
import * as cmds from './paging-commands';
import { PAGING_EXAMPLE } from './paging-example';

const COLUMNS = ['references', 'tlbHit', 'fault', 'vmExits', 'tlbHitRate', 'refsPerTranslation'];

function statsOf(st: cmds.PagingState): Snapshot {
  const s = st.mmu.stats;
  const cycles = estimateCycles(s, st.params.costs);
  return {
    translations: s.translations, l1Hits: s.l1Hits, l2Hits: s.l2Hits, misses: s.walks,
    tlbHitRate: s.translations > 0 ? (s.l1Hits + s.l2Hits) / s.translations : 0,
    references: s.references, guestReferences: s.guestReferences, hostReferences: s.hostReferences,
    refsPerTranslation: s.translations > 0 ? s.references / s.translations : 0,
    refsPerWalk: s.walks > 0 ? s.references / s.walks : 0,
    faults: s.faults, vmExits: s.vmExits, exitsByReason: { ...s.exitsByReason },
    estimatedCycles: cycles, cyclesPerTranslation: s.translations > 0 ? cycles / s.translations : 0,
    tlbEntries: st.mmu.tlb ? st.mmu.tlb.count() : 0,
    pscHitRate: st.mmu.psc && st.mmu.psc.lookups > 0 ? st.mmu.psc.hits / st.mmu.psc.lookups : null,
  };
}

export const pagingModel: ModelDefinition = {
  kind: 'paging',
  title: 'Memory virtualization: page walks, EPT, shadow paging and TLBs',
  summary: 'Walks x86-64 page tables entry by entry — natively, through EPT (the 24-reference 2-D walk) or via VMM shadow tables — with faults, A/D bits, TLBs and a translation cost explorer.',
  commands: PAGING_COMMANDS,
  // A va's validity does not depend on the paging depth, so the check reads it as 4-level.
  checkCommand: (command, path) => { readPagingCommand(command, path, 4); },
  example: PAGING_EXAMPLE,
  init(params, ctx) {
    const p = readPagingParams(params, ctx.path);
    const init = setupMemories(p, ctx.path);
    const st: cmds.PagingState = { params: p, mmu: createMmu(p.config, init), rng: ctx.rng, last: null, lastOp: null, workload: null, comparison: null };
    const series = createSeriesRecorder(COLUMNS);
    let nowUs = 0;
    return {
      advanceTo(tUs) { nowUs = Math.max(nowUs, tUs); },
      apply(command, path) {
        cmds.applyPagingCommand(st, command, path);
        if (command.do === 'translate' && st.last) {
          const s = st.mmu.stats;
          series.record(usToSec(nowUs), {
            references: st.last.references as number, tlbHit: st.last.tlb === 'miss' ? 0 : 1, fault: st.last.ok ? 0 : 1, vmExits: s.vmExits,
            tlbHitRate: (s.l1Hits + s.l2Hits) / s.translations, refsPerTranslation: s.references / s.translations,
          });
        }
      },
      snapshot() {
        const m = st.mmu, c = m.config;
        return {
          mode: c.mode, levels: c.levels, hostLevels: c.mode === 'native' ? null : c.host.levels, hostFormat: c.mode === 'native' ? null : c.host.format,
          cr3Root: hexAddr(m.cr3Root), pcid: m.pcid, vpid: c.mode === 'native' ? null : m.vpid, hostRoot: c.mode === 'nested' ? hexAddr(m.hostRoot) : null,
          controls: { ...c.ctl }, tlbTagged: c.tlb.tagged, tlbEnabled: c.tlb.enabled, pscEntries: c.pscEntries,
          last: st.last, lastOp: st.lastOp, stats: statsOf(st), workload: st.workload, comparison: st.comparison,
          shadow: m.shadow ? { roots: m.shadow.roots.size, tableFrames: m.shadow.alloc.frames.length, writeProtectedGuestFrames: m.shadow.ptFrames.size } : null,
        };
      },
      series: () => series.bundle(),
    };
  },
};
