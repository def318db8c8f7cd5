/**
 * The `migration` kind's commands: their docs and `readMigrationCommand`, which checks a command's
 * arguments on their own — at load (checkCommand) and again when applied (migration-runner.ts),
 * so both see the same rules. Whether a command fits the moment (a migration already started,
 * post-copy outside pre-copy) is decided in the runner.
 */
import { commandArgs } from '../core/command-args';
import { ScenarioError } from '../core/errors';
import type { Command, CommandDoc } from '../core/model';
import { readNumber } from '../core/params';
import { readDirtySpec, type DirtySpec } from './dirty-model';
import { STRATEGIES, type Strategy } from './params';

export const MIGRATION_COMMANDS: readonly CommandDoc[] = [
  { do: 'startMigration', summary: 'Start migrating now.', args: { strategy: 'cold | warm | precopy | autoconverge | postcopy | hybrid (default: params.strategy)' } },
  { do: 'cancelMigration', summary: 'Abandon a pre-copy migration; the VM keeps running at the source.' },
  { do: 'startPostcopy', summary: "Switch a running pre-copy to post-copy at the next bitmap sync (QEMU's migrate-start-postcopy)." },
  { do: 'setWorkload', summary: 'Replace the dirty model from now on.', args: { dirty: 'a dirty model object, as params.dirty' } },
  { do: 'setDowntimeLimit', summary: "Change QEMU's downtime-limit.", args: { ms: 'milliseconds' } },
  { do: 'setRateLimit', summary: "Change QEMU's max-bandwidth for the live phase.", args: { MiBps: 'MiB/s; 0 = line rate' } },
];

export type MigrationCommand =
  | { do: 'startMigration'; strategy?: Strategy }
  | { do: 'cancelMigration' | 'startPostcopy' }
  | { do: 'setWorkload'; dirty: DirtySpec }
  | { do: 'setDowntimeLimit'; downtimeLimitSec: number }
  | { do: 'setRateLimit'; rateLimitMiBps: number };

/** `pages` (the VM's page count, from params) bounds the dirty model's page ranges. */
export function readMigrationCommand(cmd: Command, path: string, pages: number): MigrationCommand {
  const args = commandArgs(cmd, path, MIGRATION_COMMANDS);
  switch (cmd.do) {
    case 'startMigration': {
      const strategy = args.strategy;
      if (strategy === undefined) return { do: 'startMigration' };
      if (!STRATEGIES.includes(strategy as Strategy)) throw new ScenarioError(`${path}.strategy`, `must be one of ${STRATEGIES.join(', ')}, got ${JSON.stringify(strategy)}`);
      return { do: 'startMigration', strategy: strategy as Strategy };
    }
    case 'setWorkload': return { do: 'setWorkload', dirty: readDirtySpec(args.dirty, `${path}.dirty`, pages) };
    case 'setDowntimeLimit': return { do: 'setDowntimeLimit', downtimeLimitSec: readNumber(args, 'ms', path, { min: 0, max: 2_000_000 }) / 1000 };
    case 'setRateLimit': return { do: 'setRateLimit', rateLimitMiBps: readNumber(args, 'MiBps', path, { min: 0 }) };
    default: return { do: cmd.do as 'cancelMigration' | 'startPostcopy' };
  }
}
