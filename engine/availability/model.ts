/**
 * Model kind `availability`: a reliability block diagram, its analytic availability, the nines
 * and Uptime tiers, and a seeded failure/repair simulation whose measured availability converges
 * to the analytic value. Commands: `fail` and `repair` a component by id.
 */
import { ScenarioError, joinPath } from '../core/errors';
import { commandArgs } from '../core/command-args';
import type { Command, CommandDoc, Model, ModelDefinition, Snapshot } from '../core/model';
import { readNumber, readObject, readString, rejectUnknownKeys } from '../core/params';
import { usToSec } from '../core/time';
import { analyzeDiagram, isUp } from './analytic';
import { blocksOf, componentsOf, parseDiagram, type Block } from './diagram';
import { availabilityExample } from './example';
import { createFailureSim, type FailureSim } from './failure-sim';
import { downtimeFor, ninesOf } from './nines';
import { tierFor } from './tiers';

const PARAM_KEYS = ['diagram', 'defaultMttrHours', 'sampleEverySec'];

const COMMANDS: readonly CommandDoc[] = [
  { do: 'fail', summary: 'Fail a component now; its repair takes an exponential time with mean MTTR.', args: { component: 'component id (string)' } },
  { do: 'repair', summary: 'Repair a component now; its next failure comes after an exponential time with mean MTBF.', args: { component: 'component id (string)' } },
];

interface AvailabilityParams { root: Block; sampleEverySec: number }

function readAvailabilityParams(params: unknown, path: string): AvailabilityParams {
  const p = readObject(params, path);
  rejectUnknownKeys(p, path, PARAM_KEYS);
  const defaultMttrHours = readNumber(p, 'defaultMttrHours', path, { min: 0, minExclusive: true, default: 4 });
  const sampleEverySec = readNumber(p, 'sampleEverySec', path, { min: 1, default: 86_400 });
  return { root: parseDiagram(p.diagram, joinPath(path, 'diagram'), defaultMttrHours), sampleEverySec };
}

/**
 * A fail/repair command as (index of the component, repair?). The diagram is fixed at init, so an
 * unknown component id is a load-time error too.
 */
function readCommand(command: Command, path: string, ids: ReadonlyMap<string, number>): { index: number; repair: boolean } {
  const id = readString(commandArgs(command, path, COMMANDS), 'component', path);
  const index = ids.get(id);
  if (index === undefined) throw new ScenarioError(joinPath(path, 'component'), `no component "${id}" (components: ${[...ids.keys()].join(', ')})`);
  return { index, repair: command.do === 'repair' };
}

const componentIds = (root: Block): Map<string, number> => new Map(componentsOf(root).map((c, i) => [c.id, i]));

function snapshotOf(root: Block, analytic: Map<string, number>, sim: FailureSim, ids: Map<string, number>): Snapshot {
  const nowUs = sim.queue.nowUs;
  const up = (id: string): boolean => sim.components[ids.get(id)!]!.up;
  const a = analytic.get(root.id)!;
  const sys = sim.system;
  const downUs = sys.downUs + (sys.up ? 0 : nowUs - sys.sinceUs);
  return {
    tSec: usToSec(nowUs),
    analytic: {
      availability: a,
      unavailability: 1 - a,
      nines: ninesOf(a),
      downtime: { ...downtimeFor(a) },
      tier: tierFor(a),
    },
    blocks: Object.fromEntries(
      blocksOf(root).map((b) => [b.id, { type: b.type, label: b.label, availability: analytic.get(b.id)!, up: isUp(b, up), k: b.type === 'component' ? 1 : b.k }]),
    ),
    components: componentsOf(root).map((c) => {
      const s = sim.components[ids.get(c.id)!]!;
      return {
        id: c.id,
        up: s.up,
        failures: s.failures,
        downtimeSec: usToSec(s.downUs + (s.up ? 0 : nowUs - s.sinceUs)),
        mtbfHours: Number.isFinite(c.mtbfHours) ? c.mtbfHours : null,
        mttrHours: c.mttrHours,
      };
    }),
    system: {
      up: sys.up,
      outages: sys.outages,
      downtimeSec: usToSec(downUs),
      measuredAvailability: nowUs === 0 ? 1 : 1 - downUs / nowUs,
    },
  };
}

export const availabilityModel: ModelDefinition = {
  kind: 'availability',
  title: 'Availability and redundancy',
  summary: 'Reliability block diagrams (series, parallel, k-of-n), the nines, Uptime tiers, and a failure/repair simulation that converges to the analytic availability.',
  commands: COMMANDS,
  example: availabilityExample,
  checkCommand(command, path, params) {
    readCommand(command, path, componentIds(readAvailabilityParams(params, 'params').root));
  },
  init(params, ctx): Model {
    const { root, sampleEverySec } = readAvailabilityParams(params, ctx.path);
    const parts = componentsOf(root);
    const ids = componentIds(root);
    const analytic = analyzeDiagram(root);
    const sim = createFailureSim(root, parts, ctx.rng, Math.round(sampleEverySec * 1e6), analytic.get(root.id)!);

    return {
      advanceTo: (tUs) => sim.advanceTo(tUs),
      apply(command: Command, path: string) {
        const { index, repair } = readCommand(command, path, ids);
        sim.force(index, repair);
      },
      snapshot: () => snapshotOf(root, analytic, sim, ids),
      series: () => sim.recorder.bundle(),
    };
  },
};
