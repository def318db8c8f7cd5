/** The `consolidation` kind's example scenario and command docs (docs/scenarios/consolidation.md). */
import type { CommandDoc, ScenarioJson } from '../core/model';

export const CONSOLIDATION_COMMANDS: readonly CommandDoc[] = [
  {
    do: 'setParameter',
    summary: 'Change the overload detector\'s threshold (THR) or safety parameter (IQR, MAD, LR, LRR) from now on.',
    args: { value: 'number ≥ 0: THR utilization threshold (0.8) or safety parameter (IQR 1.5, MAD 2.5, LR/LRR 1.2)' },
  },
  {
    do: 'setPolicy',
    summary: 'Switch the allocation/selection policy from now on (not to or from NPA).',
    args: { policy: 'e.g. "THR-MU", "LR-MMT:1.1" or "DVFS" (no more migrations)' },
  },
];

/** An eighth-size fleet (100 hosts, 132 synthetic VMs) so docs, tests and the gallery stay quick. */
export const CONSOLIDATION_EXAMPLE: ScenarioJson = {
  kind: 'consolidation',
  seed: 1,
  title: 'LR-MMT on a synthetic PlanetLab-like day',
  params: {
    hostCount: 100,
    policy: 'LR-MMT',
    synthetic: { vmCount: 132 },
    compare: ['DVFS', 'THR-MMT', 'LR-MMT'],
  },
  commands: [],
  until: 86400,
};
