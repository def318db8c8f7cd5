// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import AvailabilityWidget from './AvailabilityWidget';
import { defaultScenario } from './default-scenario';

afterEach(cleanup);

// Hand-derived analytic availability of the default diagram (A = MTBF / (MTBF + MTTR); parallel
// 1 − (1 − a)²; 2-of-3 3a² − 2a³; series = product): 0.999849…, shown as 99.985 %.
const a = (mtbf: number, mttr: number) => mtbf / (mtbf + mttr);
const web = a(2000, 8);
const expected = (1 - (1 - a(4380, 4)) ** 2) * (3 * web ** 2 - 2 * web ** 3) * (1 - (1 - a(8760, 12)) ** 2) * 0.9999;

function fixture(tSec = 0) {
  const run = replay(defaultScenario, tSec);
  return createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), series: run.model.series(), tSec });
}

describe('AvailabilityWidget', { timeout: 30_000 }, () => {
  it('shows the analytic availability of the default diagram, its nines and its tier', () => {
    expect(expected).toBeCloseTo(0.99985, 5);
    render(<AvailabilityWidget sim={fixture()} />);
    const figure = screen.getByText('Availability (analytic)').nextElementSibling;
    expect(figure?.textContent).toBe(`${(expected * 100).toFixed(3)} %`);
    const dd = (label: string) => screen.getByText(label).nextElementSibling?.textContent;
    expect(dd('Uptime tier met')).toBe('Tier III');
    expect(dd('Nines')).toBe((-Math.log10(1 - expected)).toPrecision(3));
  });

  it('edits a component in the tree and restarts with the new diagram', async () => {
    const sim = fixture();
    render(<AvailabilityWidget sim={sim} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Network/ })));
    const input = screen.getByLabelText(/Availability \(0/);
    await act(async () => fireEvent.change(input, { target: { value: '0.99999' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Apply to block' })));
    const [name, params] = sim.calls.at(-1)!;
    expect(name).toBe('setParams');
    const blocks = (params as { diagram: { blocks: Array<{ id: string }> } }).diagram.blocks;
    expect(blocks.find((b) => b.id === 'network')).toEqual({ type: 'component', id: 'network', label: 'Network', availability: 0.99999 });
  });

  it('sends fail and repair as commands, and disables them when read-only', async () => {
    const sim = fixture();
    const { rerender } = render(<AvailabilityWidget sim={sim} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Fail db-1 now' })));
    expect(sim.calls.at(-1)).toEqual(['dispatch', { do: 'fail', component: 'db-1' }]);
    rerender(<AvailabilityWidget sim={sim} readonly />);
    expect((screen.getByRole('button', { name: 'Fail db-1 now' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('moves between blocks with the arrow keys', async () => {
    render(<AvailabilityWidget sim={fixture()} />);
    const first = screen.getByRole('button', { name: /^Web service/ });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toMatch(/^Load balancers/);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toMatch(/^Network/);
  });
});
