/**
 * The IA-32e paging-structure entry (PML5E/PML4E/PDPTE/PDE/PTE): bit positions, the address field,
 * reserved-bit rules and a decoder for views and lab checks.
 * Source: Intel SDM Vol. 3A §4.5 tables 4-15…4-20; refs/virtualization.md §A2.
 * Bits 0 P, 1 R/W, 2 U/S, 3 PWT, 4 PCD, 5 A, 6 D (leaf), 7 PS (PDPTE/PDE; PAT in a PTE),
 * 8 G (leaf), 11:9 ignored, 12 PAT (large leaf), (M−1):12 address, 62:59 PK (leaf), 63 XD.
 */
import { hexAddr } from './hex';

export const P = 1 << 0;
export const RW = 1 << 1;
export const US = 1 << 2;
export const PWT = 1 << 3;
export const PCD = 1 << 4;
export const A = 1 << 5;
export const D = 1 << 6;
export const PS = 1 << 7;
export const G = 1 << 8;
/** XD is bit 63, i.e. bit 31 of the high word. */
export const XD_HI = 0x80000000;

const TWO32 = 4294967296;

/** Bits 51:12 of an entry (the frame address field) as a number. */
export function entryAddress(lo: number, hi: number): number {
  return (hi & 0xfffff) * TWO32 + ((lo & 0xfffff000) >>> 0);
}

/** Page sizes by the level whose entry is the leaf: 1 → 4 KiB, 2 → 2 MiB, 3 → 1 GiB. */
export const PAGE_SHIFT = [0, 12, 21, 30] as const;
export const PAGE_SIZE_NAME = ['', '4K', '2M', '1G'] as const;
export type PageSizeName = '4K' | '2M' | '1G';
export const leafLevelOf = (size: PageSizeName): 1 | 2 | 3 => (size === '4K' ? 1 : size === '2M' ? 2 : 3);

/**
 * Reserved bits that make a present entry fault with RSVD=1 (SDM §4.5.4, §4.6):
 * address bits 51:M, XD when EFER.NXE=0, PS in a PML4E/PML5E, and the alignment bits of a
 * large-page address (20:13 for 2 MiB, 29:13 for 1 GiB). Returns a reason or '' when clean.
 */
export function x86ReservedReason(lo: number, hi: number, level: number, nxe: boolean, maxPhyAddr: number): string {
  if (!nxe && (hi & XD_HI) !== 0) return 'XD (bit 63) is reserved while EFER.NXE = 0';
  if (maxPhyAddr < 52) {
    const highMask = (0xfffff >>> (maxPhyAddr - 32)) << (maxPhyAddr - 32);
    if ((hi & highMask & 0xfffff) !== 0) return `address bits 51:${maxPhyAddr} are reserved (MAXPHYADDR = ${maxPhyAddr})`;
  }
  if (level >= 4 && (lo & PS) !== 0) return `PS (bit 7) is reserved in a ${level === 5 ? 'PML5E' : 'PML4E'}`;
  if (level === 3 && (lo & PS) !== 0 && (lo & 0x3fffe000) !== 0) return 'bits 29:13 of a 1 GiB leaf must be 0';
  if (level === 2 && (lo & PS) !== 0 && (lo & 0x1fe000) !== 0) return 'bits 20:13 of a 2 MiB leaf must be 0';
  return '';
}

export interface DecodedX86Entry {
  P: boolean; RW: boolean; US: boolean; PWT: boolean; PCD: boolean; A: boolean; D: boolean;
  PS: boolean; G: boolean; XD: boolean; PK: number; avail: number;
  /** Frame or next-table address (hex). */
  address: string;
}

export function decodeX86Entry(lo: number, hi: number): DecodedX86Entry {
  return {
    P: (lo & P) !== 0, RW: (lo & RW) !== 0, US: (lo & US) !== 0, PWT: (lo & PWT) !== 0, PCD: (lo & PCD) !== 0,
    A: (lo & A) !== 0, D: (lo & D) !== 0, PS: (lo & PS) !== 0, G: (lo & G) !== 0, XD: (hi & XD_HI) !== 0,
    PK: (hi >>> 27) & 0xf, avail: (lo >>> 9) & 7,
    address: hexAddr(entryAddress(lo, hi)),
  };
}

export interface X86Flags {
  writable?: boolean;
  user?: boolean;
  nx?: boolean;
  global?: boolean;
  pwt?: boolean;
  pcd?: boolean;
  accessed?: boolean;
  dirty?: boolean;
}

/** Encodes an entry: present, address, flags; `leaf` + level > 1 sets PS. */
export function encodeX86Entry(address: number, flags: X86Flags, largeLeaf: boolean): { lo: number; hi: number } {
  let lo = P | (flags.writable ? RW : 0) | (flags.user ? US : 0) | (flags.pwt ? PWT : 0) | (flags.pcd ? PCD : 0);
  lo |= (flags.accessed ? A : 0) | (flags.dirty ? D : 0) | (largeLeaf ? PS : 0) | (flags.global ? G : 0);
  lo = (lo | ((address % TWO32) & 0xfffff000)) >>> 0;
  const hi = ((Math.floor(address / TWO32) & 0xfffff) | (flags.nx ? XD_HI : 0)) >>> 0;
  return { lo, hi };
}
