/**
 * The linear (virtual) address: canonical check and the split into per-level indices.
 * 4-level paging: PML4 47:39, PDPT 38:30, PD 29:21, PT 20:12, offset 11:0; canonical when bits
 * 63:48 equal bit 47. 5-level (CR4.LA57): PML5 56:48 on top; canonical when 63:57 equal bit 56.
 * Source: Intel SDM Vol. 3A §4.5 (refs/virtualization.md §A1).
 *
 * Inside the engine a linear address is (vpn, offset): vpn = bits (top):12 as a number (≤ 45 bits,
 * exact in a double), offset = bits 11:0. Level numbers count from the leaf: 1 = PT … 5 = PML5.
 */
import { parseHexBig } from './hex';

export interface LinearAddress {
  /** The address as written, normalised to 16 hex digits. */
  text: string;
  canonical: boolean;
  /** Bits (top):12 — 47:12 for 4-level, 56:12 for 5-level. */
  vpn: number;
  /** Bits 11:0. */
  offset: number;
}

export const LEVEL_NAMES = ['', 'PT', 'PD', 'PDPT', 'PML4', 'PML5'] as const;
export const EPT_LEVEL_NAMES = ['', 'EPT PT', 'EPT PD', 'EPT PDPT', 'EPT PML4', 'EPT PML5'] as const;

/** Divisors 512^(level−1): index(level) = floor(vpn / DIV[level]) mod 512. */
export const LEVEL_DIV = [0, 1, 512, 262144, 134217728, 68719476736] as const;

/**
 * vpn mod LEVEL_DIV[level] for a leaf at `level` (1–3) as a mask: vpn is a non-negative integer, and
 * ToInt32 keeps its low 32 bits, so `vpn & LEVEL_MASK[level]` is exact and avoids a float fmod.
 */
export const LEVEL_MASK = [0, 0, 511, 262143] as const;
/** Byte offset within a page by leaf level (1 → 4 KiB, 2 → 2 MiB, 3 → 1 GiB), for `addr & mask` (addr ≥ 0, < 2^53). */
export const PAGE_OFFSET_MASK = [0, 4095, 2097151, 1073741823] as const;

const TWO27 = 134217728;
/** Integer shifts instead of a float division: levels 1–3 come from vpn's low 27 bits, 4–5 from the rest. */
export function levelIndex(vpn: number, level: number): number {
  return level <= 3 ? (vpn >>> (9 * (level - 1))) & 511 : (Math.floor(vpn / TWO27) >>> (9 * (level - 4))) & 511;
}

export function parseLinearAddress(text: unknown, path: string, levels: 4 | 5): LinearAddress {
  const va = parseHexBig(text, path, 64);
  const top = levels === 5 ? 56n : 47n;
  const upper = va >> top; // bits 63:top, must be all 0 or all 1
  const ones = (1n << (64n - top)) - 1n;
  const canonical = upper === 0n || upper === ones;
  const vpnMask = (1n << (top + 1n - 12n)) - 1n;
  return {
    text: `0x${va.toString(16).padStart(16, '0')}`,
    canonical,
    vpn: Number((va >> 12n) & vpnMask),
    offset: Number(va & 0xfffn),
  };
}

/** The canonical linear address of (vpn, offset): sign-extends bit 47 (or 56). */
export function formatLinearAddress(vpn: number, offset: number, levels: 4 | 5): string {
  const top = levels === 5 ? 56n : 47n;
  let va = (BigInt(vpn) << 12n) | BigInt(offset);
  if ((va >> top) & 1n) va |= ((1n << 64n) - 1n) ^ ((1n << (top + 1n)) - 1n);
  return `0x${va.toString(16).padStart(16, '0')}`;
}

export interface IndexField {
  level: number;
  name: string;
  index: number;
  /** Bit range in the linear address, e.g. "47:39". */
  bits: string;
}

/** The per-level indices, root first, as the page-walk view colours them. */
export function splitIndices(vpn: number, levels: number): IndexField[] {
  const out: IndexField[] = [];
  for (let level = levels; level >= 1; level--) {
    const low = 12 + 9 * (level - 1);
    out.push({ level, name: LEVEL_NAMES[level]!, index: levelIndex(vpn, level), bits: `${low + 8}:${low}` });
  }
  return out;
}
