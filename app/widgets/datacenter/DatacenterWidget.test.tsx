// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import DatacenterWidget from './DatacenterWidget';
import { hitTest, layoutNodes, mixColor } from './layout';
import widget from './widget';

afterEach(cleanup);

function fixture(commands: unknown[] = []) {
  const run = replay({ ...widget.defaultScenario, commands, until: 5 });
  return createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), series: run.model.series(), tSec: 5 });
}

describe('DatacenterWidget', { timeout: 30_000 }, () => {
  it('shows 4 ECMP paths between pods of the k = 4 fat-tree, and 3 after a core switch fails', () => {
    render(<DatacenterWidget sim={fixture()} />);
    expect(screen.getByText(/^ECMP paths/).nextElementSibling?.textContent).toBe('4 (6 hops)');
    cleanup();
    render(<DatacenterWidget sim={fixture([{ at: 1, do: 'fail', target: 'core-0' }])} />);
    expect(screen.getByText(/^ECMP paths/).nextElementSibling?.textContent).toBe('3 (6 hops)');
  });

  it('fails the chosen element by keyboard-operable controls', async () => {
    const sim = fixture();
    render(<DatacenterWidget sim={sim} />);
    await act(async () => fireEvent.change(screen.getByLabelText('Element'), { target: { value: 'agg-0-0' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Fail agg-0-0' })));
    expect(sim.calls.at(-1)).toEqual(['dispatch', { do: 'fail', target: 'agg-0-0' }]);
  });

  it('lays out switches above hosts and hit-tests the nearest element', () => {
    const nodes = [{ id: 'core-0', kind: 'core', pod: -1, rack: -1, up: true }, { id: 'host-0', kind: 'host', pod: 0, rack: 0, up: true }];
    const pos = layoutNodes(nodes, 200, 100);
    expect(pos.get('core-0')!.y).toBeLessThan(pos.get('host-0')!.y);
    expect(hitTest(pos, pos.get('host-0')!.x + 2, pos.get('host-0')!.y)).toBe('host-0');
    expect(mixColor('#000000', '#ffffff', 0.5)).toBe('rgb(128, 128, 128)');
  });
});
