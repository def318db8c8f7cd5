/** The `pue` kind's example scenario and command docs (docs/scenarios/pue.md). */
import type { CommandDoc, ScenarioJson } from '../core/model';

export const PUE_COMMANDS: readonly CommandDoc[] = [
  {
    do: 'set',
    summary: 'Change one facility or site number from now on (the rest of the year is recomputed).',
    args: {
      param: 'a facility field (e.g. "freeCoolingMaxC", "upsLoadShare", "chillerCopAt25C"), "meanItLoad", "carbonKgPerKWh", "heatReuseShare" or "renewableShare"',
      value: 'number ≥ 0 in the field\'s unit',
    },
  },
];

export const PUE_EXAMPLE: ScenarioJson = {
  kind: 'pue',
  seed: 1,
  title: 'A 1 MW data centre in a temperate climate',
  params: { facility: { itRatedKW: 1000, freeCoolingMaxC: 12 }, site: { meanC: 10, meanItLoad: 0.6 }, carbonKgPerKWh: 0.4, renewableShare: 0.2 },
  commands: [{ at: 15552000, do: 'set', param: 'freeCoolingMaxC', value: 18 }],
  until: 31536000,
};
