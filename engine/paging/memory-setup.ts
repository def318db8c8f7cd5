/**
 * Builds the memories a `paging` scenario describes: the (guest-)physical memory holding the
 * paging structures — from the friendly builder (`mappings`) and/or a raw image (`memory`, applied
 * last so it can override) — and, for nested and shadow modes, the EPT/NPT (or the VMM's gPA→hPA map):
 * auto-mapped guest frames (gPA + hostOffset, at `ept.pageSize`), explicit `ept.mappings`, `ept.memory`.
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readBoolean, readEnum, readNumber, readObject, rejectUnknownKeys } from '../core/params';
import { parseHexBig } from './hex';
import { LEVEL_DIV, parseLinearAddress } from './linear-address';
import type { MmuInit } from './mmu';
import type { PagingParams } from './paging-params';
import { createPhysicalMemory, loadImage, readHi, readLo, type PhysicalMemory } from './physical-memory';
import { allocFrame, createFrameAllocator, mapRange, type TableTarget } from './table-builder';
import { P, PS, entryAddress, leafLevelOf, type PageSizeName } from './x86-entry';

const SIZES = ['4K', '2M', '1G'] as const;
const hexArg = (o: Record<string, unknown>, k: string, at: string): number => Number(parseHexBig(o[k], joinPath(at, k), 52));

function applyGuestMapping(t: TableTarget, raw: unknown, at: string): void {
  const m = readObject(raw, at);
  rejectUnknownKeys(m, at, ['va', 'pa', 'pages', 'pageSize', 'writable', 'user', 'nx', 'global', 'pwt', 'pcd', 'accessed', 'dirty']);
  const va = parseLinearAddress(m.va, joinPath(at, 'va'), t.levels as 4 | 5);
  if (!va.canonical) throw new ScenarioError(joinPath(at, 'va'), `${va.text} is not canonical for ${t.levels}-level paging`);
  const flags = {
    writable: readBoolean(m, 'writable', at, true), user: readBoolean(m, 'user', at, true), nx: readBoolean(m, 'nx', at, false),
    global: readBoolean(m, 'global', at, false), pwt: readBoolean(m, 'pwt', at, false), pcd: readBoolean(m, 'pcd', at, false),
    accessed: readBoolean(m, 'accessed', at, false), dirty: readBoolean(m, 'dirty', at, false),
  };
  const leaf = leafLevelOf(readEnum(m, 'pageSize', at, SIZES, '4K'));
  const pages = readNumber(m, 'pages', at, { integer: true, min: 1, max: 1 << 20, default: 1 });
  if (va.offset !== 0) throw new ScenarioError(joinPath(at, 'va'), 'must be page aligned');
  mapRange(t, va.vpn, hexArg(m, 'pa', at), pages, leaf, flags, at);
}

/** Flags for a host leaf in either format: EPT R/W/X, or NPT user + writable + NX (nested accesses are user accesses). */
export const hostFlags = (read: boolean, write: boolean, exec: boolean) => ({ read, write, exec, writable: write, user: read, nx: !exec });

function applyEptMapping(t: TableTarget, raw: unknown, at: string): void {
  const m = readObject(raw, at);
  rejectUnknownKeys(m, at, ['gpa', 'hpa', 'pages', 'pageSize', 'read', 'write', 'exec']);
  const flags = hostFlags(readBoolean(m, 'read', at, true), readBoolean(m, 'write', at, true), readBoolean(m, 'exec', at, true));
  const leaf = leafLevelOf(readEnum(m, 'pageSize', at, SIZES, '4K'));
  const pages = readNumber(m, 'pages', at, { integer: true, min: 1, max: 1 << 20, default: 1 });
  const gpa = hexArg(m, 'gpa', at);
  mapRange(t, Math.floor(gpa / 4096), hexArg(m, 'hpa', at), pages, leaf, flags, at);
}

/** Guest frames the EPT must back: every table frame and every leaf page reachable from the root. */
export function collectGuestFrames(mem: PhysicalMemory, root: number, levels: number): Array<{ gpa: number; leafLevel: number }> {
  const out: Array<{ gpa: number; leafLevel: number }> = [];
  const seen = new Set<number>();
  const visit = (table: number, level: number): void => {
    if (seen.has(table) || out.length > 1 << 20) return;
    seen.add(table);
    out.push({ gpa: table, leafLevel: 1 });
    for (let i = 0; i < 512; i++) {
      const lo = readLo(mem, table + i * 8), hi = readHi(mem, table + i * 8);
      if ((lo & P) === 0) continue;
      const next = entryAddress(lo, hi);
      if (level === 1 || (level <= 3 && (lo & PS) !== 0)) out.push({ gpa: next - (next % (4096 * LEVEL_DIV[level]!)), leafLevel: level });
      else if (level < 4 || (lo & PS) === 0) visit(next, level - 1);
    }
  };
  visit(root, levels);
  return out;
}

function autoMapEpt(t: TableTarget, frames: Array<{ gpa: number; leafLevel: number }>, pageSize: PageSizeName, offset: number, path: string): void {
  const hostLeaf = leafLevelOf(pageSize);
  const hostBytes = 4096 * LEVEL_DIV[hostLeaf]!;
  if (offset % hostBytes !== 0) throw new ScenarioError(joinPath(path, 'hostOffset'), `must be aligned to the ${pageSize} host page size`);
  const done = new Set<number>();
  let budget = 1 << 20;
  for (const f of frames) {
    const guestBytes = 4096 * LEVEL_DIV[f.leafLevel]!;
    for (let g = f.gpa - (f.gpa % hostBytes); g < f.gpa + guestBytes; g += hostBytes) {
      const key = g / hostBytes;
      if (done.has(key)) continue;
      if (--budget < 0) throw new ScenarioError(joinPath(path, 'pageSize'), 'auto-mapping needs over 2^20 host pages: use a larger ept.pageSize or explicit ept.mappings');
      done.add(key);
      mapRange(t, Math.floor(g / 4096), g + offset, 1, hostLeaf, hostFlags(true, true, true), path);
    }
  }
}

export function setupMemories(p: PagingParams, path: string): MmuInit {
  const { config } = p;
  const mem = createPhysicalMemory();
  const root = Number(p.cr3 & 0xffffffffff000n);
  const alloc = createFrameAllocator(p.tableBase);
  if (root === p.tableBase) allocFrame(alloc);
  const guest: TableTarget = { mem, root, levels: config.levels, format: 'x86', alloc };
  p.mappings.forEach((m, i) => applyGuestMapping(guest, m, joinPath(path, 'mappings', i)));
  loadImage(mem, p.memory, joinPath(path, 'memory'), config.ctl.maxPhyAddr);
  const pcid = config.ctl.pcide ? Number(p.cr3 & 0xfffn) : 0;
  const init: MmuInit = { mem, cr3Root: root, pcid, vpid: p.vpid };
  if (config.mode === 'native') return init;
  const ept = p.ept, at = joinPath(path, 'ept');
  const hostMem = createPhysicalMemory();
  const hostAlloc = createFrameAllocator(ept.tableBase);
  const hostRoot = ept.root ?? allocFrame(hostAlloc);
  const host: TableTarget = { mem: hostMem, root: hostRoot, levels: config.host.levels, format: config.host.format === 'ept' ? 'ept' : 'x86', alloc: hostAlloc };
  if (ept.autoMap) autoMapEpt(host, collectGuestFrames(mem, root, config.levels), ept.pageSize, ept.hostOffset, at);
  ept.mappings.forEach((m, i) => applyEptMapping(host, m, joinPath(at, 'mappings', i)));
  loadImage(hostMem, ept.memory, joinPath(at, 'memory'), config.ctl.maxPhyAddr);
  return { ...init, hostMem, hostRoot, shadowBase: 0x7f000000 };
}

