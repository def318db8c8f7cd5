/**
 * Turns one traced translation into the plain-JSON record the views draw and lab checks read:
 * the address split, every entry read (decoded), the fault with its error code, VM exits, the
 * shadow leaf, and the tables the walk touched (their non-zero entries, for the per-level view).
 */
import type { JsonValue } from '../core/model';
import { decodeEptEntry } from './ept-entry';
import { hex64, hexAddr, parseWord64 } from './hex';
import { splitIndices, type LinearAddress } from './linear-address';
import type { Mmu, TranslateResult } from './mmu-types';
import { tableEntries, type PhysicalMemory } from './physical-memory';
import type { EntryRead } from './walk-types';
import { PAGE_SIZE_NAME, decodeX86Entry } from './x86-entry';

export interface TranslateRequest {
  va: LinearAddress;
  access: string;
  user: boolean;
}

function decodeRead(m: Mmu, r: EntryRead): Record<string, JsonValue> {
  const w = parseWord64(r.entry, 'entry');
  const host = r.dim === 'host';
  const decoded = host && m.config.host.format === 'ept' ? decodeEptEntry(w.lo, w.hi) : decodeX86Entry(w.lo, w.hi);
  return { ...(r as unknown as Record<string, JsonValue>), decoded: decoded as unknown as Record<string, JsonValue> };
}

function memoryOf(m: Mmu, r: EntryRead): { mem: PhysicalMemory; addr: number } {
  if (r.dim === 'host') return { mem: m.hostMem, addr: Number(r.address) };
  if (r.dim === 'shadow') return { mem: m.shadow!.mem, addr: Number(r.address) };
  if (r.dim === 'guest') return { mem: m.mem, addr: Number(r.gpa ?? r.address) };
  return { mem: m.mem, addr: Number(r.address) };
}

/** The tables the walk read from, in walk order, with every non-zero entry. */
function walkTables(m: Mmu, reads: EntryRead[]): JsonValue[] {
  return reads.map((r) => {
    const { mem, addr } = memoryOf(m, r);
    const base = addr - (addr % 4096);
    return {
      dim: r.dim, level: r.level, base: hexAddr(base), selected: (addr % 4096) / 8, software: r.software === true,
      entries: tableEntries(mem, base),
    };
  });
}

export function reportTranslation(m: Mmu, req: TranslateRequest, res: TranslateResult, reads: EntryRead[]): Record<string, JsonValue> {
  const s = m.shadow;
  const fault = res.fault ? { ...res.fault, cr2: res.fault.vector === '#PF' ? req.va.text : undefined } : null;
  if (fault && fault.cr2 === undefined) delete fault.cr2;
  return {
    va: req.va.text, access: req.access, user: req.user, canonical: req.va.canonical,
    indices: splitIndices(req.va.vpn, m.config.levels) as unknown as JsonValue, offset: req.va.offset,
    ok: res.ok, pa: res.ok ? hexAddr(res.pa) : null, gpa: res.gpa >= 0 ? hexAddr(res.gpa) : null,
    pageSize: PAGE_SIZE_NAME[res.leafLevel]!, hostPageSize: m.config.mode === 'nested' && res.ok ? PAGE_SIZE_NAME[res.hostLeafLevel]! : null,
    tlb: res.tlbLevel === 1 ? 'l1-hit' : res.tlbLevel === 2 ? 'l2-hit' : 'miss',
    references: res.refs,
    guestReferences: reads.filter((r) => r.dim !== 'host' && !r.software).length,
    hostReferences: reads.filter((r) => r.dim === 'host').length,
    softwareReads: reads.filter((r) => r.software).length,
    reads: reads.map((r) => decodeRead(m, r)),
    fault: fault as unknown as JsonValue,
    vmExits: res.exits.map((e) => ({ ...e })),
    shadowLeaf: s && s.lastLeaf ? { address: hexAddr(s.lastLeaf.address), entry: hex64(s.lastLeaf.lo, s.lastLeaf.hi), decoded: decodeX86Entry(s.lastLeaf.lo, s.lastLeaf.hi) as unknown as JsonValue } : null,
    tables: walkTables(m, reads),
  };
}

/** A #GP for a non-canonical address: no table is read (refs §A1). */
export function nonCanonicalReport(m: Mmu, req: TranslateRequest): Record<string, JsonValue> {
  const top = m.config.levels === 5 ? '63:57 must equal bit 56' : '63:48 must equal bit 47';
  return {
    va: req.va.text, access: req.access, user: req.user, canonical: false,
    indices: splitIndices(req.va.vpn, m.config.levels) as unknown as JsonValue, offset: req.va.offset,
    ok: false, pa: null, gpa: null, pageSize: null, hostPageSize: null, tlb: 'miss', references: 0, guestReferences: 0, hostReferences: 0, softwareReads: 0,
    reads: [], vmExits: [], shadowLeaf: null, tables: [],
    fault: {
      kind: 'non-canonical', vector: '#GP', level: 0, dim: m.config.mode === 'native' ? 'native' : 'guest',
      errorCode: 0, errorBits: { P: false, WR: false, US: false, RSVD: false, ID: false }, exit: false,
      explanation: `#GP(0): ${req.va.text} is not canonical (bits ${top}); no paging structure is read.`,
    },
  };
}
