// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../../engine/core/model';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import MigrationWidget from './MigrationWidget';
import { defaultScenario } from './default-scenario';

// Page-mode runs take seconds on a loaded shared machine; correctness does not depend on speed.
vi.setConfig({ testTimeout: 60_000 });

afterEach(cleanup);

function fixture(t: number, scenario = defaultScenario) {
  const run = replay(scenario, t);
  return createFixtureHandle({ scenario, snapshot: run.snapshot() as Snapshot, series: run.model.series(), tSec: t });
}

describe('MigrationWidget', () => {
  it('renders the outcome, the closed form beside it and a chart for each view', () => {
    const handle = fixture(30);
    render(<MigrationWidget sim={handle} />);
    expect(screen.getByRole('heading', { name: 'Outcome' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'closed form (page-dedup)' })).toBeTruthy();
    expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByText(/converged: pending data fit/)).toBeTruthy();
  });

  it('starts a migration with the chosen strategy as a live command', () => {
    const idle = { ...defaultScenario, commands: [] };
    const handle = fixture(0, idle);
    render(<MigrationWidget sim={handle} />);
    fireEvent.change(screen.getByLabelText('Strategy'), { target: { value: 'postcopy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start migration' }));
    expect(handle.calls).toContainEqual(['dispatch', { do: 'startMigration', strategy: 'postcopy' }]);
  });

  it('disables every command when read-only', () => {
    render(<MigrationWidget sim={fixture(0, { ...defaultScenario, commands: [] })} readonly />);
    for (const b of screen.getAllByRole('button', { name: /migration|post-copy|Cancel/ })) expect((b as HTMLButtonElement).disabled).toBe(true);
  });
});
