import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'carbon-timeline',
  modelKind: 'carbon',
  title: 'Carbon timeline: shifting work in time and space',
  chapter: 'sustainability',
  summary: 'Grid carbon intensity by hour and region with a forecast; drag jobs inside their windows, compare regions, and see the grams saved.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      startUtc: { type: 'string', title: 'Start (UTC)', description: 'ISO time of t = 0, e.g. 2024-03-04T00:00Z', default: '2024-01-01T00:00Z' },
      days: { type: 'integer', title: 'Days', minimum: 1, maximum: 400, default: 7 },
      stepMin: { type: 'integer', title: 'Slot length (min)', enum: [15, 30, 60], default: 30 },
      regions: { type: 'array', title: 'Regions', description: 'Built-in presets (de, gb, fr, ca, es, no, tx) or imported series.', items: { type: 'object' } },
      forecast: { type: 'object', title: 'Forecast', description: '{ method: perfect | noise | persistence | moving-average, errorFraction, days }' },
      policy: { type: 'object', title: 'Policy', description: '{ type: none | best-window | threshold, thresholdGPerKWh }' },
      location: { type: 'object', title: 'Location shifting', description: '{ enabled, maxLatencyMs, residency: ["EU", …] }' },
      jobs: { type: 'array', title: 'Jobs', description: 'Periodic { id, kind: "periodic", region, atHourUtc, durationHours, windowHours } or ad hoc { id, kind: "adhoc", region, arrivalHours, durationHours, deadline, interruptible }.', items: { type: 'object' } },
    },
  },
  snapshotFields: {
    'totals.savingPct': 'emissions saved vs running every job at its nominal time in its home region, %',
    'totals.baselineG': 'grams CO2e at nominal times and home regions',
    'totals.shiftedG': 'grams CO2e as planned (scored on the true series)',
    'totals.savedG': 'grams saved',
    'totals.meanDelayHours': 'mean finish delay vs nominal, hours',
    'totals.maxDelayHours': 'largest finish delay, hours',
    'totals.movedRegionCount': 'job runs placed outside their home region',
    'totals.emittedSoFarG': 'grams emitted up to the current time',
    'regions[i].meanGPerKWh': 'mean true intensity of region i over the horizon',
    'jobs[i].savedG': 'grams saved by job run i',
    'jobs[i].region': 'where job run i runs',
    'policy.type': 'scheduling policy',
    'forecast.method': 'forecast the scheduler sees',
    'forecast.errorFraction': 'noise σ as a fraction of the mean',
    'location.enabled': 'whether location shifting is on',
  },
  hasTime: true,
  component: lazy(() => import('./CarbonTimelineWidget')),
};

export default widget;
