import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ScenarioJson } from '../../engine/core/model';
import { decodeBase64Url, decodeScenario, encodeBase64Url, encodeScenario, galleryHash, readPermalink } from './permalink';
import { parseRoute } from '../router/route';

const scenario: ScenarioJson = {
  kind: 'availability',
  seed: 7,
  params: { system: { type: 'parallel', children: [{ name: 'web-α', availability: 0.99 }] } },
  commands: [{ at: 2.5, do: 'fail', component: 'web-α' }],
  until: 3600,
};

describe('permalink encoding', () => {
  it('encodes with the URL-safe alphabet and no padding', () => {
    expect(encodeBase64Url('\u00ff\u00fe?>')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeBase64Url('a')).toBe('YQ');
  });
  it('round-trips any Unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => decodeBase64Url(encodeBase64Url(s)) === s));
  });
  it('round-trips a scenario with live commands exactly', () => {
    expect(decodeScenario(encodeScenario(scenario))).toEqual(scenario);
  });
  it('rejects characters outside base64url with a message', () => {
    expect(() => decodeBase64Url('ab+c')).toThrow(/base64url/);
  });
  it('restores scenario and time from a gallery hash', () => {
    const route = parseRoute(galleryHash('availability', scenario, 12.3456789));
    expect(route.name).toBe('gallery');
    if (route.name !== 'gallery') return;
    const state = readPermalink(route.query);
    expect(state.error).toBeUndefined();
    expect(state.scenario).toEqual(scenario);
    expect(state.tSec).toBe(12.345679);
  });
  it('reports a broken link as an error instead of throwing', () => {
    expect(readPermalink(new URLSearchParams('s=%%%&t=abc')).error).toBeDefined();
    expect(readPermalink(new URLSearchParams('s=' + encodeBase64Url('{not json'))).error).toMatch(/not JSON/);
  });
});
