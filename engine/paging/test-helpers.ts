/** Test helpers: run a `paging` scenario headlessly and read the snapshot (used by *.test.ts only). */
import type { Command, ScenarioJson, Snapshot } from '../core/model';
import { createRun } from '../core/run';
import { parseScenario } from '../core/scenario';
import { pagingModel } from './paging-model';

export type Last = {
  ok: boolean; pa: string | null; gpa: string | null; pageSize: string; references: number; guestReferences: number; hostReferences: number;
  tlb: string; reads: Array<{ dim: string; level: number; address: string; entry: string; gpa?: string; during?: string; software?: boolean }>;
  fault: null | { kind: string; vector: string; level: number; errorCode: number; dim: string; gpa?: string; during?: string; exit: boolean; injected?: boolean; cr2?: string; qualification?: Record<string, boolean> };
  vmExits: Array<{ reason: string }>; shadowLeaf: null | { entry: string; decoded: Record<string, boolean | string> };
  indices: Array<{ level: number; index: number }>;
};

/** Commands get successive `at` seconds (1, 2, 3 …) in written order. */
export function runPaging(params: Record<string, unknown>, commands: Array<Omit<Command, 'at'>>): Snapshot {
  const timed = commands.map((c, i) => ({ ...c, at: i + 1 })) as Command[];
  // The run machinery replay() uses, without the registry (so other domains' work in progress cannot break these tests).
  const scenario: ScenarioJson = parseScenario({ kind: 'paging', seed: 1, params, commands: timed, until: commands.length + 1 }, ['paging']);
  const run = createRun(pagingModel, scenario);
  run.advanceTo(scenario.until);
  return run.snapshot();
}

export const lastOf = (s: Snapshot): Last => s.last as unknown as Last;

export const tr = (va: string, access: 'read' | 'write' | 'exec' = 'read', user = false, extra: Record<string, unknown> = {}): Omit<Command, 'at'> =>
  ({ do: 'translate', va, access, user, ...extra });

/** The worked example's page: indices PML4 1, PDPT 2, PD 3, PT 4 (see paging-example.ts). */
export const VA = '0x0000008080604abc';
