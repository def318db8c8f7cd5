// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../engine/core/model';
import { replay } from '../../../engine/replay';
import { createFixtureHandle } from '../../framework/fixture-handle';
import CompareWidget from './CompareWidget';
import widget from './widget';

afterEach(cleanup);

describe('CompareWidget', () => {
  it('draws four bar charts for the default workload and says that pre-copy did not finish', () => {
    const sc = widget.defaultScenario;
    const snapshot = replay(sc, 0).snapshot() as Snapshot;
    render(<CompareWidget sim={createFixtureHandle({ scenario: sc, snapshot })} />);
    expect(screen.getAllByRole('img').length).toBe(4);
    expect(screen.getByText(/pre-copy did not finish within the horizon/)).toBeTruthy();
  }, 30_000);
});
