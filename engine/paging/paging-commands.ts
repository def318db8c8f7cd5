/**
 * The `paging` scenario's commands, each a small function over the model state: translate, setCr3,
 * invlpg, writeEntry, setControl, invept, runWorkload, compareModes. Each validates its arguments
 * (ScenarioError naming `commands[i].arg`) and leaves a plain record for the snapshot.
 */
import { ScenarioError, joinPath } from '../core/errors';
import type { Command, JsonValue } from '../core/model';
import { readBoolean, readEnum, readObject } from '../core/params';
import type { Rng } from '../core/rng';
import { invept, invlpg, movToCr3, writeHostEntry, writeTableEntry } from './address-space-ops';
import { parseHexBig, parseWord64 } from './hex';
import { parseLinearAddress } from './linear-address';
import { createTranslateResult, type Mmu } from './mmu-types';
import type { PagingParams } from './paging-params';
import { nonCanonicalReport, reportTranslation } from './translation-report';
import { translate } from './translate';
import { accessBits, type AccessName, type EntryRead } from './walk-types';
import { readWorkloadSpec } from './workload';
import { compareModes, runOwnMode } from './mode-comparison';

export interface PagingState {
  params: PagingParams;
  mmu: Mmu;
  rng: Rng;
  last: Record<string, JsonValue> | null;
  lastOp: Record<string, JsonValue> | null;
  workload: JsonValue;
  comparison: JsonValue;
}

export function doTranslate(st: PagingState, cmd: Command, path: string): void {
  const m = st.mmu;
  const va = parseLinearAddress(cmd.va, joinPath(path, 'va'), m.config.levels);
  const access = readEnum<AccessName>(cmd, 'access', path, ['read', 'write', 'exec'], 'read');
  const user = readBoolean(cmd, 'user', path, false);
  const ac = readBoolean(cmd, 'ac', path, false);
  const req = { va, access, user };
  if (!va.canonical) {
    m.stats.translations++;
    m.stats.faults++;
    st.last = nonCanonicalReport(m, req);
    return;
  }
  const reads: EntryRead[] = [];
  m.trace = reads;
  const res = createTranslateResult();
  try {
    translate(m, va.vpn, va.offset, accessBits(access, user, ac), res);
  } finally {
    m.trace = null;
  }
  st.last = reportTranslation(m, req, res, reads);
}

export function doSetCr3(st: PagingState, cmd: Command, path: string): void {
  const v = parseHexBig(cmd.cr3, joinPath(path, 'cr3'), 64);
  const noFlush = readBoolean(cmd, 'noFlush', path, false) || (v >> 63n) === 1n;
  const r = movToCr3(st.mmu, Number(v & 0xffffffffff000n), Number(v & 0xfffn), noFlush);
  st.lastOp = { do: 'setCr3', exits: r.exits as unknown as JsonValue, tlbEntriesFlushed: r.flushed };
}

export function doInvlpg(st: PagingState, cmd: Command, path: string): void {
  const va = parseLinearAddress(cmd.va, joinPath(path, 'va'), st.mmu.config.levels);
  const r = invlpg(st.mmu, va.vpn);
  st.lastOp = { do: 'invlpg', exits: r.exits as unknown as JsonValue, tlbEntriesFlushed: r.flushed };
}

export function doWriteEntry(st: PagingState, cmd: Command, path: string): void {
  const space = readEnum(cmd, 'space', path, ['guest', 'host'], 'guest');
  const addr = Number(parseHexBig(cmd.address, joinPath(path, 'address'), 52));
  if (addr % 8 !== 0) throw new ScenarioError(joinPath(path, 'address'), 'must be 8-byte aligned');
  const w = parseWord64(cmd.entry, joinPath(path, 'entry'));
  if (space === 'host') {
    if (st.mmu.config.mode === 'native') throw new ScenarioError(joinPath(path, 'space'), '"host" needs mode nested or shadow');
    writeHostEntry(st.mmu, addr, w.lo, w.hi);
    st.lastOp = { do: 'writeEntry', space, exits: [] };
    return;
  }
  const r = writeTableEntry(st.mmu, addr, w.lo, w.hi);
  st.lastOp = { do: 'writeEntry', space, exits: r.exits as unknown as JsonValue };
}

export function doSetControl(st: PagingState, cmd: Command, path: string): void {
  const ctl = st.mmu.config.ctl;
  const keys = ['cr0WP', 'eferNXE', 'smep', 'smap'] as const;
  for (const key of keys) if (cmd[key] !== undefined) ctl[key] = readBoolean(cmd, key, path);
  if (st.mmu.shadow) Object.assign(st.mmu.shadow.env.ctl, { ...ctl, cr0WP: true });
  st.lastOp = { do: 'setControl', exits: [] };
}

export function doInvept(st: PagingState): void {
  st.lastOp = { do: 'invept', exits: [], tlbEntriesFlushed: invept(st.mmu) };
}

export function doRunWorkload(st: PagingState, cmd: Command, path: string): void {
  const spec = cmd.workload === undefined ? st.params.workload : readWorkloadSpec(readObject(cmd.workload, joinPath(path, 'workload')), joinPath(path, 'workload'));
  st.workload = runOwnMode(st.params, spec, cmd, path, st.rng) as unknown as JsonValue;
}

export function doCompareModes(st: PagingState, cmd: Command, path: string): void {
  const spec = cmd.workload === undefined ? st.params.workload : readWorkloadSpec(readObject(cmd.workload, joinPath(path, 'workload')), joinPath(path, 'workload'));
  st.comparison = compareModes(st.params, spec, st.rng) as unknown as JsonValue;
}
