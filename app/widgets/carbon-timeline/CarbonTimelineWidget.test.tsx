// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import CarbonTimelineWidget from './CarbonTimelineWidget';
import { defaultScenario } from './default-scenario';

afterEach(cleanup);

function fixture() {
  const run = replay(defaultScenario, 86400);
  return createFixtureHandle({ scenario: defaultScenario, snapshot: run.snapshot(), series: run.model.series(), tSec: 86400 });
}

describe('CarbonTimelineWidget', { timeout: 30_000 }, () => {
  it('shows the savings summary and the intensity provenance (life-cycle, average, calibrated model)', () => {
    render(<CarbonTimelineWidget sim={fixture()} />);
    expect(screen.getByText(/% saved/)).toBeTruthy();
    expect(screen.getByText('life-cycle')).toBeTruthy();
    expect(screen.getAllByText(/parametric model calibrated to/).length).toBeGreaterThan(0);
  });

  it('moves a job one slot later from the keyboard controls, as a moveJob command', () => {
    const sim = fixture();
    render(<CarbonTimelineWidget sim={sim} />);
    fireEvent.click(screen.getByRole('button', { name: /min later/ }));
    const call = sim.calls.find(([name]) => name === 'dispatch');
    expect(call?.[1]).toMatchObject({ do: 'moveJob', job: 'nightly#0' });
  });

  it('moves a focused job bar with the arrow keys and gives it back with Delete', () => {
    const sim = fixture();
    render(<CarbonTimelineWidget sim={sim} />);
    const bar = screen.getAllByRole('button', { name: /^nightly#1: planned start/ })[0]!;
    fireEvent.keyDown(bar, { key: 'ArrowRight' });
    fireEvent.keyDown(bar, { key: 'Delete' });
    const commands = sim.calls.filter(([n]) => n === 'dispatch').map(([, c]) => c as { do: string; job: string });
    expect(commands.map((c) => c.do)).toEqual(['moveJob', 'resetJob']);
    expect(commands[0]!.job).toBe('nightly#1');
  });

  it('changes the window of the nightly job with its slider (setWindow)', () => {
    const sim = fixture();
    render(<CarbonTimelineWidget sim={sim} />);
    fireEvent.change(screen.getByLabelText(/Window of “nightly”/), { target: { value: '6' } });
    expect(sim.calls).toContainEqual(['dispatch', { do: 'setWindow', job: 'nightly', windowHours: 6 }]);
  });

  it('sets the deadline rule of every ad hoc job at once (setDeadline)', () => {
    const sim = fixture();
    render(<CarbonTimelineWidget sim={sim} />);
    fireEvent.change(screen.getByLabelText(/Deadline of the 1 ad hoc job/), { target: { value: 'semi-weekly' } });
    expect(sim.calls).toContainEqual(['dispatch', { do: 'setDeadline', job: 'training', deadline: 'semi-weekly', interruptible: false }]);
  });

  it('switches to the region comparison and turns location shifting on', () => {
    const sim = fixture();
    render(<CarbonTimelineWidget sim={sim} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Regions' }));
    fireEvent.click(screen.getByLabelText(/Allow jobs to run in other regions/));
    expect(sim.calls.some(([n, c]) => n === 'dispatch' && (c as { do: string }).do === 'setLocation')).toBe(true);
  });

  it('draws the hour × day heatmap in its mode', () => {
    render(<CarbonTimelineWidget sim={fixture()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Hour × day' }));
    expect(screen.getAllByText(/Hour × day: de/).length).toBeGreaterThan(0);
  });
});
