/**
 * Runs a workload through a freshly built MMU and reports what the translations cost: TLB hit rates,
 * walk references per access, VM exits and estimated cycles (cost-model.ts). The runner builds its own
 * address spaces: each process maps the working set at VA 1 TiB with the guest page size; each VM
 * owns a 1 TiB window of guest-physical space whose frames the EPT (or, in shadow mode, the VMM's map)
 * backs at gPA + 2^45 with the host page size. Context switches rotate round-robin over every process
 * of every VM (MOV CR3 inside a VM, a VM switch across VMs); PCIDs and VPIDs tag the TLB when `tagged`.
 */
import type { Rng } from '../core/rng';
import { movToCr3, switchVm, invlpg, writeTableEntry } from './address-space-ops';
import { estimateCycles, type CostModel } from './cost-model';
import { LEVEL_DIV, levelIndex } from './linear-address';
import { createMmu } from './mmu';
import { createStats, createTranslateResult, type Mmu, type MmuConfig, type PagingMode } from './mmu-types';
import { createPhysicalMemory, readHi, readLo, type PhysicalMemory } from './physical-memory';
import { hostFlags } from './memory-setup';
import { allocFrame, createFrameAllocator, mapRange, type TableTarget } from './table-builder';
import type { TlbConfig } from './tlb';
import { translate } from './translate';
import { ACC_WRITE } from './walk-types';
import { createAccessStream, type WorkloadSpec } from './workload';
import { P, PS, entryAddress, leafLevelOf, type PageSizeName } from './x86-entry';

export interface RunConfig {
  label: string;
  mode: PagingMode;
  guestPageSize: PageSizeName;
  hostPageSize: PageSizeName;
  levels: 4 | 5;
  hostLevels: 4 | 5;
  tlb: TlbConfig;
  pscEntries: number;
  hostPscEntries: number;
  nestedTlbEntries: number;
  costs: CostModel;
}

export interface WorkloadResult {
  label: string; mode: PagingMode; guestPageSize: string; hostPageSize: string;
  accesses: number; l1HitRate: number; tlbHitRate: number; walks: number; references: number;
  refsPerAccess: number; refsPerWalk: number; vmExits: number; exitsByReason: Record<string, number>;
  cycles: number; cyclesPerAccess: number;
  progress: { accesses: number[]; tlbHitRate: number[]; refsPerAccess: number[] };
}

const VA_BASE_VPN = 2 ** 40 / 4096;
const VM_WINDOW = 2 ** 40;
const DATA_OFFSET = 2 ** 34;
const HOST_OFFSET = 2 ** 45;

interface Context { vm: number; root: number; pcid: number }

function roundUp(x: number, to: number): number {
  return Math.ceil(x / to) * to;
}

function buildSpaces(spec: WorkloadSpec, cfg: RunConfig, mem: PhysicalMemory, hostMem: PhysicalMemory): { contexts: Context[]; hostRoots: number[] } {
  const vms = cfg.mode === 'native' ? 1 : spec.vms;
  const procs = cfg.mode === 'native' ? spec.vms * spec.processes : spec.processes;
  const gLeaf = leafLevelOf(cfg.guestPageSize), gBytes = 4096 * LEVEL_DIV[gLeaf]!;
  const region = roundUp(spec.workingSetBytes, gBytes);
  const contexts: Context[] = [], hostRoots: number[] = [];
  const hostAlloc = createFrameAllocator(2 ** 46);
  for (let v = 0; v < vms; v++) {
    const base = v * VM_WINDOW;
    const alloc = createFrameAllocator(base + 4096);
    for (let p = 0; p < procs; p++) {
      const root = allocFrame(alloc);
      const t: TableTarget = { mem, root, levels: cfg.levels, format: 'x86', alloc };
      mapRange(t, VA_BASE_VPN, base + DATA_OFFSET + p * region, region / gBytes, gLeaf, { writable: true, user: true }, 'workload');
      contexts.push({ vm: v, root, pcid: p + 1 });
    }
    if (cfg.mode === 'native') continue;
    const hLeaf = leafLevelOf(cfg.hostPageSize), hBytes = 4096 * LEVEL_DIV[hLeaf]!;
    const hostRoot = allocFrame(hostAlloc);
    const host: TableTarget = { mem: hostMem, root: hostRoot, levels: cfg.hostLevels, format: 'ept', alloc: hostAlloc };
    const tablesEnd = roundUp(alloc.next, hBytes);
    mapRange(host, base / 4096, base + HOST_OFFSET, (tablesEnd - base) / hBytes, hLeaf, hostFlags(true, true, true), 'workload');
    mapRange(host, (base + DATA_OFFSET) / 4096, base + DATA_OFFSET + HOST_OFFSET, roundUp(procs * region, hBytes) / hBytes, hLeaf, hostFlags(true, true, true), 'workload');
    hostRoots.push(hostRoot);
  }
  return { contexts, hostRoots };
}

/** Address of the guest leaf entry mapping vpn (for page-table churn), or −1. */
function leafEntryAddress(mem: PhysicalMemory, root: number, levels: number, vpn: number): number {
  let table = root;
  for (let level = levels; level >= 1; level--) {
    const addr = table + levelIndex(vpn, level) * 8;
    const lo = readLo(mem, addr);
    if ((lo & P) === 0) return -1;
    if (level === 1 || (lo & PS) !== 0) return addr;
    table = entryAddress(lo, readHi(mem, addr));
  }
  return -1;
}

export function createWorkloadMmu(spec: WorkloadSpec, cfg: RunConfig): { mmu: Mmu; contexts: Context[]; hostRoots: number[] } {
  const config: MmuConfig = {
    mode: cfg.mode, levels: cfg.levels, tlb: cfg.tlb, pscEntries: cfg.pscEntries,
    ctl: { cr0WP: true, eferNXE: true, smep: false, smap: false, pge: true, pcide: cfg.tlb.tagged, maxPhyAddr: 52 },
    host: { levels: cfg.hostLevels, format: 'ept', adFlags: false, pscEntries: cfg.hostPscEntries, nestedTlbEntries: cfg.nestedTlbEntries },
  };
  const mem = createPhysicalMemory(), hostMem = createPhysicalMemory();
  const { contexts, hostRoots } = buildSpaces(spec, cfg, mem, hostMem);
  const first = contexts[0]!;
  const mmu = createMmu(config, { mem, hostMem, cr3Root: first.root, pcid: first.pcid, vpid: 1, hostRoot: hostRoots[0] ?? 0, shadowBase: 2 ** 47 });
  return { mmu, contexts, hostRoots };
}

function switchContext(m: Mmu, c: Context, prev: Context, hostRoots: number[]): void {
  if (c.vm !== prev.vm) switchVm(m, c.vm + 1, hostRoots[c.vm] ?? 0, c.root, c.pcid);
  else movToCr3(m, c.root, c.pcid, m.config.tlb.tagged);
}

/** Touches every 4 KiB page of every context once, then zeroes the counters (steady state). */
function warmUp(m: Mmu, spec: WorkloadSpec, contexts: Context[], hostRoots: number[]): void {
  const res = createTranslateResult();
  contexts.forEach((c, i) => {
    if (i > 0) switchContext(m, c, contexts[i - 1]!, hostRoots);
    for (let p = 0; p < spec.workingSetBytes / 4096; p++) translate(m, VA_BASE_VPN + p, 0, ACC_WRITE, res);
  });
  if (contexts.length > 1) switchContext(m, contexts[0]!, contexts[contexts.length - 1]!, hostRoots);
  Object.assign(m.stats, createStats());
  if (m.psc) { m.psc.hits = 0; m.psc.lookups = 0; }
}

export function runWorkload(spec: WorkloadSpec, cfg: RunConfig, rng: Rng): WorkloadResult {
  const { mmu: m, contexts, hostRoots } = createWorkloadMmu(spec, cfg);
  if (spec.warmup) warmUp(m, spec, contexts, hostRoots);
  const stream = createAccessStream(spec, rng.stream('addresses'));
  const writes = rng.stream('writes');
  const res = createTranslateResult();
  const progress = { accesses: [] as number[], tlbHitRate: [] as number[], refsPerAccess: [] as number[] };
  const every = Math.max(1, Math.floor(spec.accesses / 20));
  let ctx = 0;
  for (let i = 0; i < spec.accesses; i++) {
    if (spec.switchEvery > 0 && i > 0 && i % spec.switchEvery === 0 && contexts.length > 1) {
      const prev = contexts[ctx]!;
      ctx = (ctx + 1) % contexts.length;
      switchContext(m, contexts[ctx]!, prev, hostRoots);
    }
    const off = stream.next();
    const vpn = VA_BASE_VPN + Math.floor(off / 4096);
    if (spec.ptWriteEvery > 0 && i > 0 && i % spec.ptWriteEvery === 0) {
      const addr = leafEntryAddress(m.mem, m.cr3Root, cfg.levels, vpn);
      if (addr >= 0) { writeTableEntry(m, addr, readLo(m.mem, addr), readHi(m.mem, addr)); invlpg(m, vpn); }
    }
    const access = spec.writeFraction > 0 && writes.next() < spec.writeFraction ? ACC_WRITE : 0;
    translate(m, vpn, off % 4096, access, res);
    if ((i + 1) % every === 0) {
      const s = m.stats;
      progress.accesses.push(i + 1);
      progress.tlbHitRate.push((s.l1Hits + s.l2Hits) / s.translations);
      progress.refsPerAccess.push(s.references / s.translations);
    }
  }
  return summarize(m, cfg, spec.accesses, progress);
}

export function summarize(m: Mmu, cfg: RunConfig, accesses: number, progress: WorkloadResult['progress']): WorkloadResult {
  const s = m.stats;
  const cycles = estimateCycles(s, cfg.costs);
  return {
    label: cfg.label, mode: cfg.mode, guestPageSize: cfg.guestPageSize, hostPageSize: cfg.mode === 'native' ? '—' : cfg.hostPageSize,
    accesses, l1HitRate: s.l1Hits / accesses, tlbHitRate: (s.l1Hits + s.l2Hits) / accesses, walks: s.walks, references: s.references,
    refsPerAccess: s.references / accesses, refsPerWalk: s.walks > 0 ? s.references / s.walks : 0,
    vmExits: s.vmExits, exitsByReason: { ...s.exitsByReason }, cycles, cyclesPerAccess: cycles / accesses, progress,
  };
}
