// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import PueWidget from './PueWidget';
import widget from './widget';

afterEach(cleanup);

function fixture(tSec = 86400 * 180) {
  const run = replay(widget.defaultScenario, tSec);
  return { run, sim: createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), series: run.model.series(), tSec }) };
}

describe('PueWidget', { timeout: 30_000 }, () => {
  it('shows the annual PUE and the table of PUEs by category and window', () => {
    const { run, sim } = fixture();
    const y = (run.snapshot() as { year: { pue: number } }).year;
    render(<PueWidget sim={sim} />);
    expect(screen.getByText('Annual PUE (cat. 3)').nextElementSibling?.textContent).toBe(y.pue.toFixed(3));
    expect(screen.getByText('One year, many PUEs')).toBeTruthy();
  });

  it('applies a facility change as a live command', async () => {
    const { sim } = fixture();
    render(<PueWidget sim={sim} />);
    await act(async () => fireEvent.change(screen.getByLabelText('Value'), { target: { value: '20' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Apply' })));
    expect(sim.calls.at(-1)).toEqual(['dispatch', { do: 'set', param: 'freeCoolingMaxC', value: 20 }]);
  });
});
