import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'availability',
  modelKind: 'availability',
  title: 'Availability and redundancy',
  chapter: 'fundamentals',
  summary: 'Build a reliability block diagram (series, parallel, k-of-n), read its availability, nines and downtime, and watch a failure simulation converge to it.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      diagram: {
        title: 'Diagram (JSON)',
        description: 'The reliability block diagram; easier to edit in the diagram editor.',
        type: 'object',
      },
      defaultMttrHours: {
        type: 'number',
        title: 'Default MTTR (hours)',
        description: 'Repair time assumed for components given only an availability.',
        exclusiveMinimum: 0,
        default: 4,
      },
      sampleEverySec: {
        type: 'number',
        title: 'Sample every (seconds)',
        description: 'How often the charts get a point (86400 = daily).',
        minimum: 1,
        default: 86400,
      },
    },
  },
  snapshotFields: {
    'analytic.availability': 'steady-state availability of the whole diagram (0–1)',
    'analytic.nines': 'number of nines, −log10(1 − A); null when A = 1',
    'analytic.downtime.perYearMin': 'expected downtime per year, minutes',
    'analytic.downtime.perMonthMin': 'expected downtime per month, minutes',
    'analytic.downtime.perWeekMin': 'expected downtime per week, minutes',
    'analytic.tier': 'highest Uptime tier met ("I"–"IV") or null',
    'blocks.<id>.availability': 'analytic availability of one block',
    'blocks.<id>.up': 'whether that block is up now in the simulation',
    'system.up': 'whether the whole system is up now',
    'system.outages': 'number of system outages so far',
    'system.downtimeSec': 'total system downtime so far, seconds',
    'system.measuredAvailability': 'measured availability so far (1 − downtime / elapsed)',
  },
  hasTime: true,
  component: lazy(() => import('./AvailabilityWidget')),
};

export default widget;
