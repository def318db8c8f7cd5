// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import ClusterWidget from './ClusterWidget';
import { defaultScenario } from './default-scenario';

afterEach(cleanup);

describe('ClusterWidget', { timeout: 30_000 }, () => {
  it('shows every node with its pods and fails a node on click', () => {
    const run = replay(defaultScenario, 20);
    const handle = createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), series: run.model.series(), tSec: 20 });
    render(<ClusterWidget sim={handle} />);
    expect(screen.getByText('4/4 nodes Ready · 6/6 pods Ready · 0 Pending')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fail a-1' }));
    expect(handle.calls).toContainEqual(['dispatch', { do: 'failNode', node: 'a-1' }]);
  });
  it('shows an evicted node NotReady with its unreachable taints', () => {
    const sc = { ...defaultScenario, commands: [{ at: 10, do: 'failNode', node: 'a-1' }] };
    const run = replay(sc, 100);
    render(<ClusterWidget sim={createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), tSec: 100 })} readonly />);
    expect(screen.getByRole('article', { name: 'node a-1, NotReady' })).toBeTruthy();
    expect(screen.getByText(/node.kubernetes.io\/unreachable:NoExecute/)).toBeTruthy();
  });
});
