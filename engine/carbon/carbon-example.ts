/** The carbon kind's command docs and example scenario (for docs, the gallery and determinism tests). */
import type { CommandDoc, ScenarioJson } from '../core/model';

export const CARBON_COMMANDS: readonly CommandDoc[] = [
  { do: 'setPolicy', summary: 'Change the scheduling policy and re-plan.', args: { policy: '{ type: "none" | "best-window" | "threshold", thresholdGPerKWh? }' } },
  { do: 'setForecast', summary: 'Change what the scheduler sees and re-plan.', args: { forecast: '{ method: "perfect" | "noise" | "persistence" | "moving-average", errorFraction? (0.05), days? (7) }' } },
  { do: 'setLocation', summary: 'Turn location shifting on/off and set its constraints.', args: { location: '{ enabled, maxLatencyMs?, residency?: ["EU", …] }' } },
  { do: 'setWindow', summary: "Change a periodic job's symmetric flexibility window.", args: { job: 'periodic job id', windowHours: '± hours, 0–72' } },
  { do: 'setDeadline', summary: "Change an ad hoc job's deadline rule or interruptibility.", args: { job: 'ad hoc job id', deadline: '"none" | "next-workday" | "semi-weekly"', interruptible: 'boolean' } },
  { do: 'moveJob', summary: 'Place one job instance by hand (drag); must start inside its window.', args: { job: 'instance id ("nightly#3" or an ad hoc id)', startHours: 'hours from the scenario start', region: 'region id (default: home)' } },
  { do: 'resetJob', summary: 'Give a hand-placed job back to the policy.', args: { job: 'instance id' } },
];

export const CARBON_EXAMPLE: ScenarioJson = {
  kind: 'carbon',
  seed: 7,
  title: 'A nightly backup in a Germany-like grid, ±4 h window, forecast with 5 % error',
  params: {
    startUtc: '2024-03-04T00:00Z',
    days: 7,
    stepMin: 30,
    regions: [{ id: 'de', preset: 'de' }, { id: 'fr', preset: 'fr' }, { id: 'gb', preset: 'gb' }],
    forecast: { method: 'noise', errorFraction: 0.05 },
    policy: { type: 'best-window' },
    location: { enabled: false, residency: ['EU'] },
    jobs: [
      { id: 'nightly', kind: 'periodic', region: 'de', atHourUtc: 1, durationHours: 0.5, windowHours: 4, powerKW: 2 },
      { id: 'training', kind: 'adhoc', region: 'de', arrivalHours: 10, durationHours: 12, deadline: 'next-workday', interruptible: true, powerKW: 2 },
    ],
  },
  commands: [{ at: 86400, do: 'setWindow', job: 'nightly', windowHours: 8 }],
  until: 7 * 86400,
};
