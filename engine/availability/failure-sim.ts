/**
 * The failure-and-repair simulation behind a reliability block diagram: every component
 * alternates between up and down, with exponentially distributed times to failure (mean MTBF)
 * and to repair (mean MTTR) drawn from its own seeded stream. The system is up whenever the
 * diagram's structure function says so. By the renewal-reward theorem the measured fraction of
 * up time converges to the analytic availability as the run grows (the classic check of an RBD).
 *
 * Simplification: exponential (memoryless) lifetimes and repairs, independent components, one
 * repair crew per component, instantaneous fail-over. Times are integer microseconds.
 */
import type { Rng } from '../core/rng';
import { createEventQueue, type EventQueue } from '../core/event-queue';
import { createSeriesRecorder, type SeriesRecorder } from '../core/series';
import { usToSec } from '../core/time';
import { isUp } from './analytic';
import type { Block, ComponentBlock } from './diagram';

const US_PER_HOUR = 3_600_000_000;

export type SimEvent =
  | { type: 'fail'; component: number; epoch: number }
  | { type: 'repair'; component: number; epoch: number }
  | { type: 'sample' };

export interface ComponentState {
  up: boolean;
  failures: number;
  downUs: number;
  sinceUs: number;
  /** Bumped by a forced fail/repair so that the events scheduled before it are ignored. */
  epoch: number;
}

export interface SystemState {
  up: boolean;
  outages: number;
  downUs: number;
  sinceUs: number;
}

export interface FailureSim {
  readonly queue: EventQueue<SimEvent>;
  readonly components: readonly ComponentState[];
  readonly system: SystemState;
  readonly recorder: SeriesRecorder;
  advanceTo(tUs: number): void;
  force(component: number, up: boolean): void;
}

export function createFailureSim(root: Block, parts: readonly ComponentBlock[], rng: Rng, sampleEveryUs: number, analytic: number): FailureSim {
  const queue = createEventQueue<SimEvent>();
  const streams = parts.map((p) => rng.stream(`component:${p.id}`));
  const components: ComponentState[] = parts.map(() => ({ up: true, failures: 0, downUs: 0, sinceUs: 0, epoch: 0 }));
  const indexOf = new Map(parts.map((p, i) => [p.id, i]));
  const system: SystemState = { up: true, outages: 0, downUs: 0, sinceUs: 0 };
  const recorder = createSeriesRecorder(['measuredAvailability', 'analyticAvailability', 'systemUp', 'componentsDown']);

  const duration = (meanHours: number, stream: Rng): number => Math.max(1, Math.round(stream.exponential(meanHours) * US_PER_HOUR));
  const scheduleNext = (i: number, nowUs: number): void => {
    const part = parts[i]!;
    const c = components[i]!;
    if (c.up && Number.isFinite(part.mtbfHours)) {
      queue.schedule(nowUs + duration(part.mtbfHours, streams[i]!), { type: 'fail', component: i, epoch: c.epoch });
    } else if (!c.up) {
      queue.schedule(nowUs + duration(part.mttrHours, streams[i]!), { type: 'repair', component: i, epoch: c.epoch });
    }
  };

  const setComponent = (i: number, up: boolean, nowUs: number): void => {
    const c = components[i]!;
    if (c.up === up) return;
    if (!c.up) c.downUs += nowUs - c.sinceUs;
    else c.failures++;
    c.up = up;
    c.sinceUs = nowUs;
    const sysUp = isUp(root, (id) => components[indexOf.get(id)!]!.up);
    if (sysUp !== system.up) {
      if (!system.up) system.downUs += nowUs - system.sinceUs;
      else system.outages++;
      system.up = sysUp;
      system.sinceUs = nowUs;
    }
  };

  const measured = (nowUs: number): number => {
    if (nowUs === 0) return 1;
    const down = system.downUs + (system.up ? 0 : nowUs - system.sinceUs);
    return 1 - down / nowUs;
  };

  const handle = (event: SimEvent, nowUs: number): void => {
    if (event.type === 'sample') {
      recorder.record(usToSec(nowUs), {
        measuredAvailability: measured(nowUs),
        analyticAvailability: analytic,
        systemUp: system.up ? 1 : 0,
        componentsDown: components.filter((c) => !c.up).length,
      });
      queue.schedule(nowUs + sampleEveryUs, { type: 'sample' }, 1);
      return;
    }
    const c = components[event.component]!;
    if (event.epoch !== c.epoch) return; // superseded by a forced fail/repair
    setComponent(event.component, event.type === 'repair', nowUs);
    scheduleNext(event.component, nowUs);
  };

  parts.forEach((_, i) => scheduleNext(i, 0));
  queue.schedule(0, { type: 'sample' }, 1);

  return {
    queue,
    components,
    system,
    recorder,
    advanceTo: (tUs) => queue.runUntil(tUs, handle),
    force(i, up) {
      const nowUs = queue.nowUs;
      const c = components[i]!;
      c.epoch++;
      setComponent(i, up, nowUs);
      scheduleNext(i, nowUs);
    },
  };
}

export { US_PER_HOUR };
