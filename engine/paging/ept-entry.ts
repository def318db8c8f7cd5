/**
 * The EPT entry (Intel SDM Vol. 3C §29.3.2; Linux arch/x86/include/asm/vmx.h; refs §A4):
 * bit 0 R, 1 W, 2 X, 5:3 memory type (leaf), 6 IPAT, 7 PS (EPT PDPTE/PDE), 8 A, 9 D, 51:12 address,
 * 63 suppress-#VE. No P bit: an entry is not present when bits 2:0 are all 0 (→ EPT violation).
 * W = 1 with R = 0, a reserved bit, or a leaf memory type 2, 3 or 7 is an EPT *misconfiguration*,
 * a different VM exit. Simplification: execute-only entries are accepted (the CPU reports support).
 */
import { hexAddr } from './hex';
import { entryAddress } from './x86-entry';

export const EPT_R = 1;
export const EPT_W = 2;
export const EPT_X = 4;
export const EPT_PS = 1 << 7;
export const EPT_A = 1 << 8;
export const EPT_D = 1 << 9;
export const EPT_WB = 6 << 3;

/** A misconfiguration reason for a present EPT entry, or ''. */
export function eptMisconfigReason(lo: number, hi: number, level: number, maxPhyAddr: number): string {
  if ((lo & EPT_W) !== 0 && (lo & EPT_R) === 0) return 'W = 1 with R = 0';
  if (maxPhyAddr < 52) {
    const highMask = ((0xfffff >>> (maxPhyAddr - 32)) << (maxPhyAddr - 32)) & 0xfffff;
    if ((hi & highMask) !== 0) return `address bits 51:${maxPhyAddr} are reserved`;
  }
  const leaf = level === 1 || (level <= 3 && (lo & EPT_PS) !== 0);
  if (level >= 4 && (lo & 0xf8) !== 0) return 'bits 7:3 are reserved in an EPT PML4E/PML5E';
  if (!leaf && (lo & 0x78) !== 0) return 'bits 6:3 are reserved in a non-leaf EPT entry';
  if (leaf) {
    const memType = (lo >>> 3) & 7;
    if (memType === 2 || memType === 3 || memType === 7) return `memory type ${memType} is reserved`;
    if (level === 2 && (lo & 0x1ff000) !== 0) return 'bits 20:12 of a 2 MiB EPT leaf must be 0';
    if (level === 3 && (lo & 0x3ffff000) !== 0) return 'bits 29:12 of a 1 GiB EPT leaf must be 0';
  }
  return '';
}

export interface DecodedEptEntry {
  R: boolean; W: boolean; X: boolean; memType: number; IPAT: boolean; PS: boolean; A: boolean; D: boolean;
  suppressVE: boolean; address: string;
}

export function decodeEptEntry(lo: number, hi: number): DecodedEptEntry {
  return {
    R: (lo & EPT_R) !== 0, W: (lo & EPT_W) !== 0, X: (lo & EPT_X) !== 0, memType: (lo >>> 3) & 7,
    IPAT: (lo & 64) !== 0, PS: (lo & EPT_PS) !== 0, A: (lo & EPT_A) !== 0, D: (lo & EPT_D) !== 0,
    suppressVE: (hi & 0x80000000) !== 0, address: hexAddr(entryAddress(lo, hi)),
  };
}

export interface EptFlags { read?: boolean; write?: boolean; exec?: boolean }

/** Encodes an EPT entry; leaves get memory type WB (as KVM does for RAM) and PS above level 1. */
export function encodeEptEntry(address: number, flags: EptFlags, leaf: boolean, largeLeaf: boolean): { lo: number; hi: number } {
  let lo = (flags.read ? EPT_R : 0) | (flags.write ? EPT_W : 0) | (flags.exec ? EPT_X : 0);
  if (leaf) lo |= EPT_WB;
  if (largeLeaf) lo |= EPT_PS;
  lo = (lo | ((address % 4294967296) & 0xfffff000)) >>> 0;
  return { lo, hi: Math.floor(address / 4294967296) & 0xfffff };
}
