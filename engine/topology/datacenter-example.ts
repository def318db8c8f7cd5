/** The `datacenter` kind's example scenario and command docs (docs/scenarios/datacenter.md). */
import type { CommandDoc, ScenarioJson } from '../core/model';

export const DATACENTER_COMMANDS: readonly CommandDoc[] = [
  { do: 'fail', summary: 'Fail a switch, host, link or rack PDU.', args: { target: 'an id: "core-0", "agg-1-0", "edge-0-1", "host-3", "pdu-0" or a link "edge-0-0~agg-0-0"' } },
  { do: 'repair', summary: 'Repair a failed element.', args: { target: 'the id given to fail' } },
  { do: 'repairAll', summary: 'Repair everything.' },
  { do: 'selectHosts', summary: 'Choose two hosts whose shortest (ECMP) paths are counted and listed.', args: { from: 'host id, e.g. "host-0"', to: 'host id, e.g. "host-15"' } },
];

export const DATACENTER_EXAMPLE: ScenarioJson = {
  kind: 'datacenter',
  seed: 1,
  title: 'k = 4 fat-tree: a core switch and a PDU fail',
  params: {
    topology: { type: 'fat-tree', k: 4, linkGbps: 1 },
    racksPerPdu: 2,
    pduFeeds: 1,
    ups: { scheme: 'N+1', unitsNeeded: 2 },
    cooling: { scheme: 'N+1', unitsNeeded: 3 },
    selected: { from: 'host-0', to: 'host-15' },
  },
  commands: [
    { at: 1, do: 'fail', target: 'core-0' },
    { at: 2, do: 'fail', target: 'pdu-1' },
  ],
  until: 3,
};
