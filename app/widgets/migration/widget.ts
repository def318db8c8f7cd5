import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';
import { migrationParamsSchema } from './params-schema';

const widget: WidgetDefinition = {
  kind: 'migration',
  modelKind: 'migration',
  title: 'Live migration: the dirty-page curve',
  chapter: 'virtualization',
  summary: 'Watch pre-copy rounds shrink the dirty data (or fail to), with the closed form overlaid, and compare downtime and bytes sent across strategies.',
  defaultScenario,
  paramsSchema: migrationParamsSchema,
  snapshotFields: {
    phase: 'idle | precopy | stopped | postcopy | completed | cancelled',
    stopReason: 'below-threshold | max-rounds | max-total | not-shrinking | switched-to-post-copy | cancelled | not-live',
    strategy: 'the strategy started',
    completed: 'true once the VM runs at the destination with all its memory',
    converged: 'true when pre-copy stopped below the threshold',
    downtimeSec: 'how long the VM was stopped, seconds',
    totalTimeSec: 'start to completion, seconds (null until completed)',
    sentBytes: 'bytes sent so far',
    sentRatio: 'bytes sent / RAM',
    liveRounds: 'pre-copy rounds completed',
    lambda: 'dirty rate / live bandwidth (throttled)',
    throttlePct: 'auto-converge CPU throttle, %',
    faults: 'post-copy network page faults',
    degradation: 'fraction of the migration time the guest lost (throttle, faults, downtime)',
    'rounds.0.bytes': 'bytes sent by round 0 (any index)',
    'analytic.totalBytes': 'closed-form total bytes for these params',
    'analytic.downtimeSec': 'closed-form downtime',
  },
  hasTime: true,
  component: lazy(() => import('./MigrationWidget')),
};

export default widget;
