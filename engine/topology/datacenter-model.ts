/**
 * The `datacenter` scenario kind: a network topology (k-ary fat-tree, three-tier, leaf-spine) with
 * racks and rack PDUs, power and cooling plant redundancy; commands fail and repair switches,
 * links, hosts and PDUs, and select two hosts whose ECMP paths are shown. No time passes on its own
 * (each command is an event at its `at`). Sources: README.md.
 */
import { commandArgs } from '../core/command-args';
import { ScenarioError } from '../core/errors';
import type { Command, Model, ModelDefinition } from '../core/model';
import { readString } from '../core/params';
import { DATACENTER_COMMANDS, DATACENTER_EXAMPLE } from './datacenter-example';
import { readDatacenterParams } from './datacenter-params';
import { buildDatacenterSnapshot, fullBisectionGbps } from './datacenter-snapshot';
import { checkHosts, createDatacenterState, resolveTarget, selectHosts, targetSpace, type DatacenterState, type TargetSpace } from './datacenter-state';

type DatacenterCommand = { do: 'fail' | 'repair'; target: string } | { do: 'repairAll' } | { do: 'selectHosts'; from: string; to: string };

/**
 * The command's arguments, checked without the run's state: types, and target/host ids against the
 * topology (fixed by the params), at load (checkCommand) and again by apply. A target comes back
 * as its canonical id (a link named either way round).
 */
function readCommand(command: Command, path: string, space: TargetSpace): DatacenterCommand {
  const args = commandArgs(command, path, DATACENTER_COMMANDS);
  switch (command.do) {
    case 'fail': case 'repair':
      return { do: command.do, target: resolveTarget(space, readString(args, 'target', path), `${path}.target`) };
    case 'selectHosts': {
      const from = readString(args, 'from', path), to = readString(args, 'to', path);
      checkHosts(space, from, to, path);
      return { do: 'selectHosts', from, to };
    }
    default: return { do: 'repairAll' };
  }
}

function applyDatacenterCommand(state: DatacenterState, command: Command, path: string): void {
  const cmd = readCommand(command, path, state);
  switch (cmd.do) {
    case 'fail':
      state.failed.add(cmd.target);
      return;
    case 'repair':
      if (!state.failed.delete(cmd.target)) throw new ScenarioError(`${path}.target`, `"${cmd.target}" is not failed`);
      return;
    case 'repairAll':
      state.failed.clear();
      return;
    case 'selectHosts':
      selectHosts(state, cmd.from, cmd.to, path);
      return;
  }
}

export const datacenterModel: ModelDefinition = {
  kind: 'datacenter',
  title: 'Datacenter topology and failures',
  summary: 'Fat-tree, three-tier and leaf-spine networks: equal-cost paths, bisection bandwidth and what a failed switch, link or PDU takes down; power and cooling redundancy against the Uptime tiers.',
  init(params, ctx) {
    const state = createDatacenterState(readDatacenterParams(params, ctx.path), ctx.rng);
    const full = fullBisectionGbps(state);
    let nowUs = 0;
    const model: Model = {
      advanceTo(tUs) { nowUs = tUs; },
      apply: (command, path) => applyDatacenterCommand(state, command, path),
      snapshot: () => buildDatacenterSnapshot(state, nowUs / 1e6, full),
      series: () => ({ tSec: new Float64Array(0) }),
    };
    return model;
  },
  commands: DATACENTER_COMMANDS,
  checkCommand(command, path, params) {
    readCommand(command, path, targetSpace(readDatacenterParams(params, 'params')));
  },
  example: DATACENTER_EXAMPLE,
};
