/**
 * Plain data shared by the walkers: access kinds, control-register state, the entry-read trace,
 * faults with their error codes, and the reusable walk outcome (no allocation on the hot path).
 */

/** Access bits laid out like the #PF error code: W/R = bit 1, U/S = bit 2, I/D = bit 4. */
export const ACC_WRITE = 1 << 1;
export const ACC_USER = 1 << 2;
export const ACC_EXEC = 1 << 4;
/** Supervisor access with EFLAGS.AC = 1 (SMAP override); not part of the error code. */
export const ACC_AC = 1 << 8;

export type AccessName = 'read' | 'write' | 'exec';

export function accessBits(access: AccessName, user: boolean, ac = false): number {
  return (access === 'write' ? ACC_WRITE : access === 'exec' ? ACC_EXEC : 0) | (user ? ACC_USER : 0) | (ac ? ACC_AC : 0);
}

export interface Controls {
  cr0WP: boolean;
  eferNXE: boolean;
  smep: boolean;
  smap: boolean;
  /** CR4.PGE: G bits are honoured. */
  pge: boolean;
  /** CR4.PCIDE: CR3[11:0] is a PCID. */
  pcide: boolean;
  maxPhyAddr: number;
}

export type Dim = 'native' | 'guest' | 'host' | 'shadow';

/** One paging-structure entry read, in walk order. */
export interface EntryRead {
  dim: Dim;
  level: number;
  /** Physical address the entry was read from (host-physical in nested and shadow modes). */
  address: string;
  entry: string;
  /** Nested: the guest-physical address of a guest entry, or the gPA a host walk translates. */
  gpa?: string;
  /** Nested host reads: which translation this host walk serves ("guest PML4 table", "data page"). */
  during?: string;
  /** Shadow: a read made by the VMM in software (not a hardware reference). */
  software?: boolean;
}

export type FaultKind =
  | 'non-canonical' | 'not-present' | 'reserved-bit' | 'write-protect' | 'user-supervisor'
  | 'execute-disable' | 'smep' | 'smap' | 'ept-violation' | 'ept-misconfig' | 'npf';

export interface Fault {
  kind: FaultKind;
  /** '#PF', '#GP', 'EPT violation', 'EPT misconfiguration', '#NPF'. */
  vector: string;
  /** Level of the entry where the walk stopped (1 = PT … 5 = PML5); 0 for #GP. */
  level: number;
  dim: Dim;
  /** #PF error code (bit 0 P, 1 W/R, 2 U/S, 3 RSVD, 4 I/D); for #NPF the same layout. */
  errorCode: number;
  errorBits: { P: boolean; WR: boolean; US: boolean; RSVD: boolean; ID: boolean };
  /** CR2 (the faulting linear address) for #PF. */
  cr2?: string;
  /** Nested: the faulting guest-physical address and the translation the host walk served. */
  gpa?: string;
  during?: string;
  /** EPT violation exit qualification (access attempted vs permitted). */
  qualification?: { read: boolean; write: boolean; exec: boolean; readable: boolean; writable: boolean; executable: boolean };
  /** True when handling it needs a VM exit. */
  exit: boolean;
  /** Shadow mode: a true guest fault the VMM injected into the guest. */
  injected?: boolean;
  explanation: string;
}

/** The result of one walk, reused across calls. `fault` is allocated only when there is one. */
export interface WalkOut {
  ok: boolean;
  /** Base address of the page (physical, or guest-physical for a guest walk). */
  frame: number;
  leafLevel: number;
  rw: boolean;
  us: boolean;
  xd: boolean;
  dirty: boolean;
  global: boolean;
  /** Address (as read from) of the leaf entry. */
  leafAddress: number;
  /** How many entries the walk read (their addresses are in x86-walk's USED_ENTRIES, root first). */
  usedCount: number;
  fault: Fault | null;
}

export function createWalkOut(): WalkOut {
  return { ok: false, frame: 0, leafLevel: 1, rw: false, us: false, xd: false, dirty: false, global: false, leafAddress: 0, usedCount: 0, fault: null };
}

export function errorBitsOf(code: number): Fault['errorBits'] {
  return { P: (code & 1) !== 0, WR: (code & 2) !== 0, US: (code & 4) !== 0, RSVD: (code & 8) !== 0, ID: (code & 16) !== 0 };
}
