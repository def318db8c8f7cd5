/**
 * Access rights after a complete walk (Intel SDM Vol. 3A §4.6; refs §A2): R/W and U/S are the AND
 * over all levels, XD the OR. User accesses need U/S = 1 everywhere, R/W = 1 for writes (whatever
 * CR0.WP), XD = 0 for fetches. Supervisor writes honour R/W only when CR0.WP = 1; supervisor data
 * accesses to user pages fault under CR4.SMAP (unless EFLAGS.AC = 1); supervisor fetches from user
 * pages fault under CR4.SMEP. Also the #PF error code (SDM §4.7).
 */
import { ACC_AC, ACC_EXEC, ACC_USER, ACC_WRITE, type Controls, type FaultKind } from './walk-types';

/** The protection fault an access causes, or '' when it is allowed. */
export function protectionFault(rw: boolean, us: boolean, xd: boolean, access: number, ctl: Controls): FaultKind | '' {
  const write = (access & ACC_WRITE) !== 0;
  const exec = (access & ACC_EXEC) !== 0;
  if ((access & ACC_USER) !== 0) {
    if (!us) return 'user-supervisor';
    if (write && !rw) return 'write-protect';
    if (exec && xd) return 'execute-disable';
    return '';
  }
  if (exec) {
    if (xd) return 'execute-disable';
    if (us && ctl.smep) return 'smep';
    return '';
  }
  if (us && ctl.smap && (access & ACC_AC) === 0) return 'smap';
  if (write && !rw && ctl.cr0WP) return 'write-protect';
  return '';
}

/** #PF error code: P = protection (not not-present), W/R, U/S, RSVD, I/D (fetch, if NXE or SMEP). */
export function pageFaultErrorCode(kind: FaultKind, access: number, ctl: Controls): number {
  let code = access & (ACC_WRITE | ACC_USER);
  if (kind !== 'not-present') code |= 1;
  if (kind === 'reserved-bit') code |= 8;
  if ((access & ACC_EXEC) !== 0 && (ctl.eferNXE || ctl.smep)) code |= 16;
  return code;
}

const WHY: Record<string, string> = {
  'not-present': 'the entry has P = 0, so there is no mapping below it',
  'reserved-bit': 'a reserved bit is set in a present entry',
  'write-protect': 'a write hit a page whose effective R/W is 0 (AND of R/W over all levels)',
  'user-supervisor': 'a user-mode access hit a page whose effective U/S is 0 (supervisor only)',
  'execute-disable': 'an instruction fetch hit a page with XD = 1 at some level (EFER.NXE = 1)',
  smep: 'a supervisor-mode fetch hit a user page while CR4.SMEP = 1',
  smap: 'a supervisor-mode data access hit a user page while CR4.SMAP = 1 and EFLAGS.AC = 0',
};

export function explainFault(kind: FaultKind, level: number, levelName: string, extra = ''): string {
  const base = WHY[kind] ?? kind;
  return `#PF at the ${levelName} (level ${level}): ${base}${extra ? ` — ${extra}` : ''}.`;
}
