/**
 * Hex strings at the scenario boundary. Addresses and 64-bit entries arrive as hex strings
 * ("0x0000_0000_0010_1003"); inside the engine an entry is two unsigned 32-bit words (lo, hi) and a
 * physical address is a plain number (MAXPHYADDR ≤ 52 bits, exact in a double). BigInt is used only
 * here, on the slow path, never per access.
 */
import { ScenarioError } from '../core/errors';

const HEX = /^(0x)?[0-9a-f_]+$/i;
const TWO32 = 4294967296;

/** Parses a hex string into a BigInt (underscores allowed as separators). */
export function parseHexBig(text: unknown, path: string, maxBits = 64): bigint {
  if (typeof text !== 'string' || !HEX.test(text.trim())) {
    throw new ScenarioError(path, `must be a hex string such as "0x1000", got ${JSON.stringify(text)}`);
  }
  const clean = text.trim().replace(/_/g, '').replace(/^0x/i, '');
  const value = BigInt(`0x${clean || '0'}`);
  if (value >> BigInt(maxBits) !== 0n) throw new ScenarioError(path, `must fit in ${maxBits} bits, got ${text}`);
  return value;
}

/** A 64-bit entry as { lo, hi } unsigned words. */
export interface Word64 {
  lo: number;
  hi: number;
}

export function parseWord64(text: unknown, path: string): Word64 {
  const v = parseHexBig(text, path, 64);
  return { lo: Number(v & 0xffffffffn), hi: Number(v >> 32n) };
}

/** A physical address (≤ 52 bits) as a number. */
export function parsePhysAddr(text: unknown, path: string, maxPhyAddrBits = 52): number {
  return Number(parseHexBig(text, path, maxPhyAddrBits));
}

export function hex64(lo: number, hi: number): string {
  return `0x${(hi >>> 0).toString(16).padStart(8, '0')}${(lo >>> 0).toString(16).padStart(8, '0')}`;
}

/** A physical address (or any non-negative integer < 2^53) as "0x…" without padding. */
export function hexAddr(value: number): string {
  return `0x${value.toString(16)}`;
}

export const hiOf = (value: number): number => Math.floor(value / TWO32) >>> 0;
export const loOf = (value: number): number => value % TWO32 >>> 0;
export const join64 = (lo: number, hi: number): number => (hi >>> 0) * TWO32 + (lo >>> 0);
