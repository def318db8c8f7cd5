// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import CarbonFootprintWidget from './CarbonFootprintWidget';
import { defaultScenario } from './default-scenario';

afterEach(cleanup);

const fixture = () => createFixtureHandle({ scenario: defaultScenario, snapshot: replay(defaultScenario).snapshot() });

describe('CarbonFootprintWidget', { timeout: 30_000 }, () => {
  it('shows total, operational and embodied emissions and the SCI score', () => {
    render(<CarbonFootprintWidget sim={fixture()} />);
    expect(screen.getByText(/operational \(/)).toBeTruthy();
    expect(screen.getByText(/gCO2e per request/)).toBeTruthy();
  });

  it('lists each coefficient with its upstream source one click away', () => {
    render(<CarbonFootprintWidget sim={fixture()} />);
    expect(screen.getAllByText('source').length).toBeGreaterThan(5);
    expect(screen.getByText(/AwsFootprintEstimationConstants\.ts getPUE/)).toBeTruthy();
  });

  it('changing the provider restarts the model with new params', () => {
    const sim = fixture();
    render(<CarbonFootprintWidget sim={sim} />);
    fireEvent.change(screen.getByLabelText('Provider'), { target: { value: 'gcp' } });
    expect(sim.calls[0]?.[0]).toBe('setParams');
    expect((sim.calls[0]?.[1] as { footprint: { provider: string } }).footprint.provider).toBe('gcp');
  });
});
