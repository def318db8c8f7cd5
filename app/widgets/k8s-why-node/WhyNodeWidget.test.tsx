// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import { defaultScenario } from './default-scenario';
import WhyNodeWidget from './WhyNodeWidget';

afterEach(cleanup);

describe('WhyNodeWidget', { timeout: 30_000 }, () => {
  it('explains the web pod: the gpu node filtered by its taint, ssd preferred by node affinity', () => {
    const run = replay(defaultScenario, 5);
    render(<WhyNodeWidget sim={createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), tSec: 5 })} />);
    expect(screen.getByText(/TaintToleration: node\(s\) had untolerated taint \{nvidia.com\/gpu: present\}/)).toBeTruthy();
    expect(screen.getByText(/ssd ★ chosen/)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /NodeAffinity ×2/ })).toBeTruthy();
  });
});
