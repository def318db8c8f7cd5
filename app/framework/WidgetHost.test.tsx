// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineApi } from '../../engine/api';
import availability from '../widgets/availability/widget';
import { EngineContext } from './engine-context';
import { inProcessEngine } from './in-process-engine';
import type { SimState } from './simulation-session';
import { WidgetHost } from './WidgetHost';

afterEach(cleanup);

function renderHost(props: Partial<Parameters<typeof WidgetHost>[0]> = {}) {
  const states: SimState[] = [];
  const utils = render(
    <EngineContext.Provider value={inProcessEngine(createEngineApi())}>
      <WidgetHost definition={availability} onSnapshot={(s) => states.push(s)} {...props} />
    </EngineContext.Provider>,
  );
  return { ...utils, states };
}

describe('WidgetHost with the availability widget (engine in-process)', { timeout: 30_000 }, () => {
  it('renders the default scenario and reports snapshots to the host', async () => {
    const { states } = renderHost();
    await screen.findByText('Availability (analytic)', undefined, { timeout: 15000 });
    expect(screen.getByText('99.985 %', { selector: 'dd' })).toBeTruthy();
    expect(states.at(-1)?.status).toBe('ready');
    expect(states.at(-1)?.snapshot).toMatchObject({ analytic: { tier: 'III' } });
  });

  it('records a Fail command in the scenario and shows the component down', async () => {
    const { states } = renderHost();
    await screen.findByText('Availability (analytic)', undefined, { timeout: 15000 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Fail Network now' })));
    await waitFor(() => expect(states.at(-1)?.scenario.commands).toEqual([{ do: 'fail', component: 'network', at: 0 }]));
    expect(await screen.findByRole('button', { name: 'Repair Network now' })).toBeTruthy();
  });

  it('restores a permalink time and keeps the previous run when params are invalid', async () => {
    const { states } = renderHost({ tSec: 86400 * 10 });
    await screen.findByText('Availability (analytic)', undefined, { timeout: 15000 });
    expect(states.at(-1)?.tSec).toBe(864000);
    const input = screen.getByLabelText(/Default MTTR/);
    await act(async () => fireEvent.change(input, { target: { value: '-1' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Apply and restart' })));
    await waitFor(() => expect(states.at(-1)?.error).not.toBeNull(), { timeout: 10_000 });
    await screen.findByText(/must be > 0/);
    expect(states.at(-1)?.error?.path).toBe('params.defaultMttrHours');
    expect(states.at(-1)?.snapshot).toMatchObject({ analytic: { tier: 'III' } });
  });

  it('shows a bad scenario’s error with its JSON path instead of crashing', async () => {
    renderHost({ scenario: { kind: 'availability', params: { diagram: { type: 'series', id: 'x', blocks: [] } }, until: 10 } });
    const alert = await screen.findByRole('alert', undefined, { timeout: 15000 });
    expect(alert.textContent).toContain('params.diagram.blocks');
    expect(alert.textContent).toContain('could not be started');
  });
});
