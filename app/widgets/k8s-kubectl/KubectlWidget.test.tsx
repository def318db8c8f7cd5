// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import { defaultScenario } from './default-scenario';
import KubectlWidget from './KubectlWidget';

afterEach(cleanup);

describe('KubectlWidget', { timeout: 30_000 }, () => {
  it('runs a command on Enter and dispatches cordon', () => {
    const run = replay(defaultScenario, 10);
    const handle = createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), tSec: 10 });
    render(<KubectlWidget sim={handle} />);
    const input = screen.getByLabelText('kubectl command');
    fireEvent.change(input, { target: { value: 'kubectl get nodes' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('log').textContent).toMatch(/node-1\s+Ready/);
    fireEvent.change(input, { target: { value: 'kubectl cordon node-1' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(handle.calls).toContainEqual(['dispatch', { do: 'cordon', node: 'node-1' }]);
  });
});
