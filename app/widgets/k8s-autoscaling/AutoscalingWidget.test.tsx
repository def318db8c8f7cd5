// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import AutoscalingWidget from './AutoscalingWidget';
import { defaultScenario } from './default-scenario';

afterEach(cleanup);

describe('AutoscalingWidget', { timeout: 30_000 }, () => {
  it('shows the HPA scaled up under 600m of load and sets a new load', () => {
    const run = replay(defaultScenario, 200);
    const handle = createFixtureHandle({ scenario: run.scenario, snapshot: run.snapshot(), series: run.model.series(), tSec: 200 });
    render(<AutoscalingWidget sim={handle} />);
    // 600m over 200m pods at a 50 % target → 6 replicas
    expect(screen.getByText(/replicas 6 → 6/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Set load' }));
    expect(handle.calls).toContainEqual(['dispatch', { do: 'setTraffic', service: 'php-apache', requestsPerSec: 60 }]);
  });
});
