/**
 * Walk memo: a cache inside the *simulator*, not a model of any hardware structure. A two-dimensional
 * walk's outcome depends only on gCR3, the EPT root, the page number, the control registers and the
 * entries it reads (guest and host); so once a walk has succeeded, repeating it while none of those
 * changed must read the same 24 entries and reach the same leaf. The memo remembers the outcome per
 * (gCR3, page) and replays it — reference counts per dimension, both leaves, the rights, the host
 * perms — without re-reading memory. Results are identical to walking (paging/walk-memo.test.ts runs
 * every configuration both ways); only the simulator gets faster (`npm run bench -- paging`).
 *
 * Validity: both memories' `generation` (bumped by every entry write), both roots and a fingerprint
 * of the control registers. The walkers' own A/D updates do not bump the generation: no outcome
 * depends on A (and the recorded walk already set every A bit it needs), and D only at the guest
 * leaf, whose current D bit the replay re-reads. Only successful walks are memoised; nested-walk.ts
 * refuses a replay (and walks for real) when the access would fault or set a D bit, and uses the
 * memo only while no paging-structure cache, nested TLB or trace observes the reads.
 * Native and shadow walks are not memoised: measured, a replay from a table this large cost as much as
 * re-reading four entries that sit in the host's cache anyway. Direct-mapped: a collision overwrites.
 */
import type { Controls } from './walk-types';

const MEMO_BITS = 15;
const MEMO_SLOTS = 1 << MEMO_BITS;
const INV_PAGE = 1 / 4096;

/** Guest `info` layout: leaf level (bits 0–2), entries read (3–5), rights and state flags, guest refs (11+). */
export const MEMO_RW = 1 << 6, MEMO_US = 1 << 7, MEMO_XD = 1 << 8, MEMO_GLOBAL = 1 << 10;

/**
 * Field offsets within a slot. A slot's fields sit side by side in one array (about one cache line),
 * because a replay reads them all: parallel arrays would cost a cache miss per field.
 */
export const F_ROOT = 0, F_KEY = 1, F_GEN = 2, F_CONTROLS = 3, F_FRAME = 4, F_LEAF_ADDRESS = 5, F_INFO = 6;
export const F_HOST_ROOT = 7, F_HOST_GEN = 8, F_HOST_FRAME = 9, F_HOST_INFO = 10;
const STRIDE = 11;

export interface WalkMemo {
  /** Slot s occupies data[s * STRIDE …]; allocated on the first record (most scenarios never need it). */
  data: Float64Array | null;
  /** Walks replayed so far (tests check the memo is really used). */
  replays: number;
}

export function createWalkMemo(): WalkMemo {
  return { data: null, replays: 0 };
}

/** The first field's index for (root, page number): a multiplicative hash of the key's low 32 bits and the root frame. */
function memoBase(root: number, key: number): number {
  return (Math.imul(key ^ Math.imul((root * INV_PAGE) | 0, 0x27d4eb2d), 0x9e3779b1) >>> (32 - MEMO_BITS)) * STRIDE;
}

/** Every control bit a walk's outcome can depend on, packed (MAXPHYADDR in the high bits). */
export function controlsFingerprint(c: Controls): number {
  return (c.cr0WP ? 1 : 0) | (c.eferNXE ? 2 : 0) | (c.smep ? 4 : 0) | (c.smap ? 8 : 0) | (c.pge ? 16 : 0) | (c.pcide ? 32 : 0) | (c.maxPhyAddr << 6);
}

/**
 * The base index of a slot recorded for (root, key) with this generation and these controls, or −1.
 * An empty slot is all zeros, and no fingerprint is 0 (MAXPHYADDR ≥ 36 sits in it), so it never matches.
 */
export function memoFind(memo: WalkMemo, root: number, key: number, generation: number, controls: number): number {
  const d = memo.data;
  if (d === null) return -1;
  const b = memoBase(root, key);
  return d[b + F_KEY] === key && d[b + F_ROOT] === root && d[b + F_GEN] === generation && d[b + F_CONTROLS] === controls ? b : -1;
}

/** Records the guest half of an outcome; returns its base index (the caller adds the host half there). */
export function memoRecord(memo: WalkMemo, root: number, key: number, generation: number, controls: number, frame: number, leafAddress: number, info: number): number {
  const d = memo.data ?? (memo.data = new Float64Array(MEMO_SLOTS * STRIDE));
  const b = memoBase(root, key);
  d[b + F_ROOT] = root; d[b + F_KEY] = key; d[b + F_GEN] = generation; d[b + F_CONTROLS] = controls;
  d[b + F_FRAME] = frame; d[b + F_LEAF_ADDRESS] = leafAddress; d[b + F_INFO] = info;
  return b;
}
