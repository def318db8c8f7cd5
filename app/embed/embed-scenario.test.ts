import { describe, expect, it } from 'vitest';
import { embedScenario, mergeParams } from './embed-scenario';

const def = { kind: 'availability', seed: 1, params: { a: 1, nested: { x: 1, y: 2 } }, commands: [], until: 10 };

describe('embedScenario', () => {
  it('merges p.<name> overrides deeply into the default params and applies the seed', () => {
    expect(embedScenario(def, { scenario: null, seed: 9, params: { nested: { y: 5 } } }).scenario).toEqual({ ...def, seed: 9, params: { a: 1, nested: { x: 1, y: 5 } } });
  });
  it('uses s= as it is when it is of the widget\'s kind, else the default with a warning', () => {
    const s = { ...def, seed: 4 };
    expect(embedScenario(def, { scenario: s, seed: null, params: {} })).toEqual({ scenario: s });
    expect(embedScenario(def, { scenario: { ...s, kind: 'paging' }, seed: null, params: {} })).toMatchObject({ scenario: def, warning: expect.stringContaining('paging') });
  });
  it('mergeParams replaces arrays and scalars', () => {
    expect(mergeParams({ l: [1, 2], n: 1 }, { l: [3], n: { z: 1 } })).toEqual({ l: [3], n: { z: 1 } });
  });
});
