/**
 * Model kind `availability`: a reliability block diagram, its analytic availability, the nines
 * and Uptime tiers, and a seeded failure/repair simulation whose measured availability converges
 * to the analytic value. Commands: `fail` and `repair` a component by id.
 */
import { ScenarioError, joinPath } from '../core/errors';
import type { Command, Model, ModelDefinition, Snapshot } from '../core/model';
import { readNumber, readObject, readString, rejectUnknownKeys } from '../core/params';
import { usToSec } from '../core/time';
import { analyzeDiagram, isUp } from './analytic';
import { blocksOf, componentsOf, parseDiagram, type Block } from './diagram';
import { availabilityExample } from './example';
import { createFailureSim, type FailureSim } from './failure-sim';
import { downtimeFor, ninesOf } from './nines';
import { tierFor } from './tiers';

const PARAM_KEYS = ['diagram', 'defaultMttrHours', 'sampleEverySec'];

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
  commands: [
    { do: 'fail', summary: 'Fail a component now; its repair takes an exponential time with mean MTTR.', args: { component: 'component id (string)' } },
    { do: 'repair', summary: 'Repair a component now; its next failure comes after an exponential time with mean MTBF.', args: { component: 'component id (string)' } },
  ],
  example: availabilityExample,
  init(params, ctx): Model {
    const p = readObject(params, ctx.path);
    rejectUnknownKeys(p, ctx.path, PARAM_KEYS);
    const defaultMttrHours = readNumber(p, 'defaultMttrHours', ctx.path, { min: 0, minExclusive: true, default: 4 });
    const sampleEverySec = readNumber(p, 'sampleEverySec', ctx.path, { min: 1, default: 86_400 });
    const root = parseDiagram(p.diagram, joinPath(ctx.path, 'diagram'), defaultMttrHours);
    const parts = componentsOf(root);
    const ids = new Map(parts.map((c, i) => [c.id, i]));
    const analytic = analyzeDiagram(root);
    const sim = createFailureSim(root, parts, ctx.rng, Math.round(sampleEverySec * 1e6), analytic.get(root.id)!);

    return {
      advanceTo: (tUs) => sim.advanceTo(tUs),
      apply(command: Command, path: string) {
        if (command.do !== 'fail' && command.do !== 'repair') {
          throw new ScenarioError(joinPath(path, 'do'), `unknown command "${command.do}" for availability (known: fail, repair)`);
        }
        const id = readString(command, 'component', path);
        const index = ids.get(id);
        if (index === undefined) throw new ScenarioError(joinPath(path, 'component'), `no component "${id}" (components: ${[...ids.keys()].join(', ')})`);
        sim.force(index, command.do === 'repair');
      },
      snapshot: () => snapshotOf(root, analytic, sim, ids),
      series: () => sim.recorder.bundle(),
    };
  },
};
