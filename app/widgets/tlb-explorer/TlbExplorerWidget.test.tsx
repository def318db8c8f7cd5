// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../engine/core/model';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import TlbExplorerWidget from './TlbExplorerWidget';
import widget from './widget';

afterEach(cleanup);

describe('TlbExplorerWidget', () => {
  it('asks for the comparison on first render when there is none', () => {
    const sc = widget.defaultScenario;
    const sim = createFixtureHandle({ scenario: sc, snapshot: replay(sc, 0).snapshot() as Snapshot });
    render(<TlbExplorerWidget sim={sim} />);
    expect(sim.calls).toContainEqual(['dispatch', { do: 'compareModes' }]);
  });

  it('draws three charts and the four configurations from a comparison snapshot', () => {
    const sc = { ...widget.defaultScenario, params: { workload: { pattern: 'uniform', workingSetBytes: 64 * 2 ** 20, accesses: 4000 } }, commands: [{ at: 0, do: 'compareModes' }] };
    const snapshot = replay(sc, 0).snapshot() as Snapshot;
    render(<TlbExplorerWidget sim={createFixtureHandle({ scenario: sc, snapshot })} />);
    expect(screen.getAllByRole('img').length).toBe(3);
    expect(document.body.textContent).toContain('nested 2M/2M');
    expect(document.body.textContent).toContain('Bhargava');
  }, 30_000);
});
