// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import { defaultScenario } from './default-scenario';
import RolloutWidget from './RolloutWidget';

afterEach(cleanup);

describe('RolloutWidget', { timeout: 30_000 }, () => {
  it('shows the resolved limits for 10 replicas at 25 %/25 % (surge 3, unavailable 2) and dispatches undo', () => {
    const run = replay(defaultScenario, 120);
    const handle = createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), series: run.model.series(), tSec: 120 });
    render(<RolloutWidget sim={handle} />);
    expect(screen.getByText(/maxSurge 3, maxUnavailable 2/)).toBeTruthy();
    expect(screen.getByText(/10\/10 updated, 10 available · revision 2/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo rollout' }));
    expect(handle.calls).toContainEqual(['dispatch', { deployment: 'web', do: 'rolloutUndo' }]);
  });
});
