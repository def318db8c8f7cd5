import type { ScenarioJson } from '../../../engine/core/model';

/** A week in four built-in regions: a nightly backup with a ±3 h window and a 12-hour training job, 5 % forecast error. */
export const defaultScenario: ScenarioJson = {
  kind: 'carbon',
  seed: 7,
  title: 'A week of carbon-aware scheduling',
  params: {
    startUtc: '2024-03-04T00:00Z',
    days: 7,
    stepMin: 30,
    regions: [{ id: 'de', preset: 'de' }, { id: 'fr', preset: 'fr' }, { id: 'gb', preset: 'gb' }, { id: 'es', preset: 'es' }],
    forecast: { method: 'noise', errorFraction: 0.05 },
    policy: { type: 'best-window' },
    location: { enabled: false, maxLatencyMs: 20, residency: ['EU'] },
    jobs: [
      { id: 'nightly', kind: 'periodic', region: 'de', atHourUtc: 1, durationHours: 1, windowHours: 3, powerKW: 2 },
      { id: 'training', kind: 'adhoc', region: 'de', arrivalHours: 10, durationHours: 12, deadline: 'next-workday', interruptible: false, powerKW: 4 },
    ],
  },
  commands: [],
  until: 7 * 86400,
};
