/**
 * The `paging` kind's command docs and `readPagingCommand`, which checks a command's arguments on
 * their own — hex addresses and entries, enums, booleans, the workload object — and returns them
 * typed. The model's `checkCommand` calls it at load (and on dispatch) and `applyPagingCommand`
 * calls it again, so both apply the same rules. Rules that need the MMU ("host" entries need
 * mode nested or shadow) stay in paging-commands.ts.
 */
import { commandArgs } from '../core/command-args';
import { ScenarioError, joinPath } from '../core/errors';
import type { Command, CommandDoc } from '../core/model';
import { readBoolean, readEnum, readObject } from '../core/params';
import { parseHexBig, parseWord64, type Word64 } from './hex';
import { parseLinearAddress, type LinearAddress } from './linear-address';
import type { AccessName } from './walk-types';
import { readWorkloadSpec, type WorkloadSpec } from './workload';
import { PAGE_SIZE_NAME, type PageSizeName } from './x86-entry';

export const PAGING_COMMANDS: readonly CommandDoc[] = [
  { do: 'translate', summary: 'Translate one linear address (walks on a TLB miss).', args: { va: 'hex linear address', access: 'read | write | exec (default read)', user: 'user-mode access (default false)', ac: 'EFLAGS.AC for SMAP (default false)' } },
  { do: 'setCr3', summary: 'MOV to CR3 (guest CR3 in a VM): new root, PCID in bits 11:0 when CR4.PCIDE, bit 63 = no flush.', args: { cr3: 'hex', noFlush: 'bool (same as bit 63)' } },
  { do: 'invlpg', summary: 'INVLPG: drop one page from the TLB (a VM exit in shadow mode).', args: { va: 'hex linear address' } },
  { do: 'writeEntry', summary: 'Write a 64-bit paging-structure entry (no TLB flush). In shadow mode, a write to a shadowed guest table traps.', args: { address: 'hex (guest-)physical address', entry: 'hex 64-bit value', space: 'guest (default; physical in native mode) | host (EPT/NPT)' } },
  { do: 'setControl', summary: 'Change CR0.WP, EFER.NXE, CR4.SMEP or CR4.SMAP.', args: { cr0WP: 'bool', eferNXE: 'bool', smep: 'bool', smap: 'bool' } },
  { do: 'invept', summary: 'INVEPT all contexts: flush combined TLB entries, nested TLB and paging-structure caches.' },
  { do: 'runWorkload', summary: 'Run params.workload (or `workload`) in this mode on freshly built tables; result in snapshot.workload.', args: { workload: 'object (see docs)', guestPageSize: '4K | 2M | 1G', hostPageSize: '4K | 2M | 1G' } },
  { do: 'compareModes', summary: 'Run the workload under native, shadow, nested and nested + 2 MiB pages; result in snapshot.comparison.', args: { workload: 'object (optional)' } },
];

const CONTROLS = ['cr0WP', 'eferNXE', 'smep', 'smap'] as const;
type ControlName = (typeof CONTROLS)[number];
const PAGE_SIZES = PAGE_SIZE_NAME.slice(1) as PageSizeName[];

export type PagingCommand =
  | { do: 'translate'; va: LinearAddress; access: AccessName; user: boolean; ac: boolean }
  | { do: 'setCr3'; cr3: bigint; noFlush: boolean }
  | { do: 'invlpg'; va: LinearAddress }
  | { do: 'writeEntry'; space: 'guest' | 'host'; address: number; entry: Word64 }
  | { do: 'setControl'; controls: Partial<Record<ControlName, boolean>> }
  | { do: 'invept' }
  | { do: 'runWorkload'; workload?: WorkloadSpec; guestPageSize: PageSizeName; hostPageSize: PageSizeName }
  | { do: 'compareModes'; workload?: WorkloadSpec };

type Args = Record<string, unknown>;

function readWorkload(c: Args, path: string): { workload?: WorkloadSpec } {
  if (c.workload === undefined) return {};
  const at = joinPath(path, 'workload');
  return { workload: readWorkloadSpec(readObject(c.workload, at), at) };
}

function readWriteEntry(c: Args, path: string): PagingCommand {
  const space = readEnum(c, 'space', path, ['guest', 'host'] as const, 'guest');
  const address = Number(parseHexBig(c.address, joinPath(path, 'address'), 52));
  if (address % 8 !== 0) throw new ScenarioError(joinPath(path, 'address'), 'must be 8-byte aligned');
  return { do: 'writeEntry', space, address, entry: parseWord64(c.entry, joinPath(path, 'entry')) };
}

/**
 * `levels` (4 or 5) only shapes the returned address (its canonical form and page number); whether
 * a `va` is accepted does not depend on it, so a load-time check may pass either.
 */
export function readPagingCommand(cmd: Command, path: string, levels: 4 | 5): PagingCommand {
  const c = commandArgs(cmd, path, PAGING_COMMANDS);
  const va = (): LinearAddress => parseLinearAddress(c.va, joinPath(path, 'va'), levels);
  switch (cmd.do) {
    case 'translate': {
      const access = readEnum<AccessName>(c, 'access', path, ['read', 'write', 'exec'], 'read');
      return { do: 'translate', va: va(), access, user: readBoolean(c, 'user', path, false), ac: readBoolean(c, 'ac', path, false) };
    }
    case 'setCr3': return { do: 'setCr3', cr3: parseHexBig(c.cr3, joinPath(path, 'cr3'), 64), noFlush: readBoolean(c, 'noFlush', path, false) };
    case 'invlpg': return { do: 'invlpg', va: va() };
    case 'writeEntry': return readWriteEntry(c, path);
    case 'setControl': {
      const controls: Partial<Record<ControlName, boolean>> = {};
      for (const key of CONTROLS) if (c[key] !== undefined) controls[key] = readBoolean(c, key, path);
      return { do: 'setControl', controls };
    }
    case 'runWorkload': {
      const guestPageSize = readEnum(c, 'guestPageSize', path, PAGE_SIZES, '4K');
      return { do: 'runWorkload', ...readWorkload(c, path), guestPageSize, hostPageSize: readEnum(c, 'hostPageSize', path, PAGE_SIZES, '4K') };
    }
    case 'compareModes': return { do: 'compareModes', ...readWorkload(c, path) };
    default: return { do: 'invept' };
  }
}
