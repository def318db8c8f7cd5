/**
 * The `paging` scenario's commands, each a small function over the model state: translate, setCr3,
 * invlpg, writeEntry, setControl, invept, runWorkload, compareModes. `applyPagingCommand` reads the
 * arguments with readPagingCommand (paging-command-args.ts, the same reader the load-time check
 * uses; ScenarioError naming `commands[i].arg`), runs the command and leaves a plain record for the
 * snapshot.
 */
import { ScenarioError, joinPath } from '../core/errors';
import type { Command, JsonValue } from '../core/model';
import type { Rng } from '../core/rng';
import { invept, invlpg, movToCr3, writeHostEntry, writeTableEntry } from './address-space-ops';
import { createTranslateResult, type Mmu } from './mmu-types';
import { readPagingCommand, type PagingCommand } from './paging-command-args';
import type { PagingParams } from './paging-params';
import { nonCanonicalReport, reportTranslation } from './translation-report';
import { translate } from './translate';
import { accessBits, type EntryRead } from './walk-types';
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

type Args<D extends PagingCommand['do']> = Extract<PagingCommand, { do: D }>;

export function doTranslate(st: PagingState, a: Args<'translate'>): void {
  const m = st.mmu;
  const { va, access, user, ac } = a;
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

export function doSetCr3(st: PagingState, a: Args<'setCr3'>): void {
  const v = a.cr3;
  const noFlush = a.noFlush || (v >> 63n) === 1n;
  const r = movToCr3(st.mmu, Number(v & 0xffffffffff000n), Number(v & 0xfffn), noFlush);
  st.lastOp = { do: 'setCr3', exits: r.exits as unknown as JsonValue, tlbEntriesFlushed: r.flushed };
}

export function doInvlpg(st: PagingState, a: Args<'invlpg'>): void {
  const r = invlpg(st.mmu, a.va.vpn);
  st.lastOp = { do: 'invlpg', exits: r.exits as unknown as JsonValue, tlbEntriesFlushed: r.flushed };
}

export function doWriteEntry(st: PagingState, a: Args<'writeEntry'>, path: string): void {
  const { space, address, entry: w } = a;
  if (space === 'host') {
    if (st.mmu.config.mode === 'native') throw new ScenarioError(joinPath(path, 'space'), '"host" needs mode nested or shadow');
    writeHostEntry(st.mmu, address, w.lo, w.hi);
    st.lastOp = { do: 'writeEntry', space, exits: [] };
    return;
  }
  const r = writeTableEntry(st.mmu, address, w.lo, w.hi);
  st.lastOp = { do: 'writeEntry', space, exits: r.exits as unknown as JsonValue };
}

export function doSetControl(st: PagingState, a: Args<'setControl'>): void {
  const ctl = st.mmu.config.ctl;
  Object.assign(ctl, a.controls);
  if (st.mmu.shadow) Object.assign(st.mmu.shadow.env.ctl, { ...ctl, cr0WP: true });
  st.lastOp = { do: 'setControl', exits: [] };
}

export function doInvept(st: PagingState): void {
  st.lastOp = { do: 'invept', exits: [], tlbEntriesFlushed: invept(st.mmu) };
}

/** `cmd` is passed on because runOwnMode reads the page sizes itself (already checked by the reader). */
export function doRunWorkload(st: PagingState, a: Args<'runWorkload'>, cmd: Command, path: string): void {
  st.workload = runOwnMode(st.params, a.workload ?? st.params.workload, cmd, path, st.rng) as unknown as JsonValue;
}

export function doCompareModes(st: PagingState, a: Args<'compareModes'>): void {
  st.comparison = compareModes(st.params, a.workload ?? st.params.workload, st.rng) as unknown as JsonValue;
}

export function applyPagingCommand(st: PagingState, cmd: Command, path: string): void {
  const a = readPagingCommand(cmd, path, st.mmu.config.levels);
  switch (a.do) {
    case 'translate': return doTranslate(st, a);
    case 'setCr3': return doSetCr3(st, a);
    case 'invlpg': return doInvlpg(st, a);
    case 'writeEntry': return doWriteEntry(st, a, path);
    case 'setControl': return doSetControl(st, a);
    case 'invept': return doInvept(st);
    case 'runWorkload': return doRunWorkload(st, a, cmd, path);
    case 'compareModes': return doCompareModes(st, a);
  }
}
