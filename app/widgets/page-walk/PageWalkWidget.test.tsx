// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioJson, Snapshot } from '../../../engine/core/model';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import PageWalkWidget from './PageWalkWidget';
import widget from './widget';

afterEach(cleanup);

const at = (sc: ScenarioJson, t: number) => replay(sc, t).snapshot() as Snapshot;

describe('PageWalkWidget', () => {
  it('shows the four native reads and the physical address, and steps back to none', () => {
    const sc = widget.defaultScenario;
    render(<PageWalkWidget sim={createFixtureHandle({ scenario: sc, snapshot: at(sc, 1) })} />);
    expect(document.body.textContent).toContain('PA 0x1234abc');
    expect(screen.getByText('4 / 4')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replay walk' }));
    expect(screen.getByText('0 / 4')).toBeTruthy();
  }, 30_000);

  it('explains the write-protect fault with its error code', () => {
    const sc = widget.defaultScenario;
    render(<PageWalkWidget sim={createFixtureHandle({ scenario: sc, snapshot: at(sc, 2) })} />);
    expect(screen.getByRole('alert').textContent).toMatch(/write-protect.*Error code 7 = 0b00111 \(P \| WR \| US\)/);
  });

  it('flipping R/W in the PTE dispatches writeEntry with the entry as read, bit 1 cleared', () => {
    const sc = widget.defaultScenario;
    const sim = createFixtureHandle({ scenario: sc, snapshot: at(sc, 1) });
    render(<PageWalkWidget sim={sim} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'RW=1' })[3]!);
    expect(sim.calls).toContainEqual(['dispatch', { do: 'writeEntry', address: '0x4020', entry: '0x0000000001234005', space: 'guest' }]);
  });

  it('draws the 2-D grid with 24 numbered cells in nested mode', () => {
    const sc = { ...widget.defaultScenario, params: { ...widget.defaultScenario.params, mode: 'nested' } };
    render(<PageWalkWidget sim={createFixtureHandle({ scenario: sc, snapshot: at(sc, 1) })} />);
    const grid = screen.getByRole('table', { name: /Each cell is one entry read/ });
    expect(grid.querySelectorAll('tbody td').length).toBe(25);
    expect(grid.textContent).toContain('24');
    expect(screen.getByText('24 of 24 references')).toBeTruthy();
  });

  it('shows guest and shadow tables side by side in shadow mode', () => {
    const sc = { ...widget.defaultScenario, params: { ...widget.defaultScenario.params, mode: 'shadow' } };
    render(<PageWalkWidget sim={createFixtureHandle({ scenario: sc, snapshot: at(sc, 1) })} />);
    expect(screen.getByText('Guest page table (VMM software walk)')).toBeTruthy();
    expect(screen.getAllByText(/VM exit: shadow-page-fault/).length).toBe(1);
  });
});
