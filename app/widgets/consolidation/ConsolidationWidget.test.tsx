// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import ConsolidationWidget from './ConsolidationWidget';

afterEach(cleanup);

const scenario = {
  kind: 'consolidation', seed: 1, until: 7200, commands: [],
  params: { hostCount: 20, policy: 'LR-MMT', synthetic: { vmCount: 26 }, compare: ['DVFS', 'LR-MMT'], durationSec: 7200 },
};

function fixture(tSec = 3600) {
  const run = replay(scenario, tSec);
  return { run, sim: createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), series: run.model.series(), tSec }) };
}

describe('ConsolidationWidget', { timeout: 30_000 }, () => {
  it('shows the energy and migrations of the snapshot, the host map and the compared policies', () => {
    const { run, sim } = fixture();
    const snap = run.snapshot() as { energyKWh: number; migrations: number };
    render(<ConsolidationWidget sim={sim} />);
    expect(screen.getByText('Energy').nextElementSibling?.textContent).toBe(`${snap.energyKWh.toFixed(2)} kWh`);
    expect(screen.getByText('Migrations').nextElementSibling?.textContent).toBe(String(snap.migrations));
    expect(screen.getAllByText('Host map').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Policies compared over the whole day').length).toBeGreaterThan(0);
  });

  it('switches the policy with a live command at the current time', async () => {
    const { sim } = fixture();
    render(<ConsolidationWidget sim={sim} />);
    await act(async () => fireEvent.change(screen.getByLabelText('Policy'), { target: { value: 'THR-MMT' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Switch policy' })));
    expect(sim.calls.at(-1)).toEqual(['dispatch', { do: 'setPolicy', policy: 'THR-MMT' }]);
  });
});
