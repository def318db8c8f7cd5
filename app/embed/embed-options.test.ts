import { describe, expect, it } from 'vitest';
import { encodeJson, decodeJson } from './base64url';
import { buildEmbedQuery, buildEmbedUrl, normalizeOrigin, parseEmbedQuery, parseScalar, setPath } from './embed-options';

const parse = (q: string) => parseEmbedQuery('availability', new URLSearchParams(q), () => 'fixed');

describe('parseEmbedQuery', () => {
  it('gives documented defaults for an empty query', () => {
    const o = parse('');
    expect(o).toMatchObject({ kind: 'availability', params: {}, scenario: null, seed: null, tSec: 0, autoplay: false, speed: 1, controls: 'compact', theme: 'auto', lang: 'en', readonly: false, parentOrigin: null, instance: 'fixed', check: null, warnings: [] });
  });

  it('reads p.<name> values as numbers, booleans and strings, with dotted names nesting', () => {
    const o = parse('p.memoryMiB=4096&p.live=true&p.dirty.model=hotset&p.dirty.ratePagesPerSec=2e4&p.name=web%201');
    expect(o.params).toEqual({ memoryMiB: 4096, live: true, dirty: { model: 'hotset', ratePagesPerSec: 20000 }, name: 'web 1' });
  });

  it('lets p.<name> override the base64url params= object', () => {
    const o = parse(`params=${encodeJson({ a: 1, b: { c: 2 } })}&p.b.c=3`);
    expect(o.params).toEqual({ a: 1, b: { c: 3 } });
  });

  it('refuses prototype-polluting parameter names with a warning', () => {
    const o = parse('p.__proto__.x=1&p.a.constructor=2');
    expect(o.params).toEqual({});
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(o.warnings).toHaveLength(2);
  });

  it('reads the full scenario from s=', () => {
    const scenario = { kind: 'availability', seed: 3, params: { x: 'ü' }, commands: [], until: 10 };
    expect(parse(`s=${encodeJson(scenario)}`).scenario).toEqual(scenario);
  });

  it('falls back to defaults with a warning for every bad value, never throwing', () => {
    const o = parse('s=@@@&seed=1.5&t=-3&speed=0&controls=huge&theme=pink&lang=<x>&parentOrigin=javascript:alert(1)');
    expect(o).toMatchObject({ scenario: null, seed: null, tSec: 0, speed: 1, controls: 'compact', theme: 'auto', lang: 'en', parentOrigin: null });
    expect(o.warnings.length).toBe(7);
  });

  it('reads the flags, time, speed, theme and origin', () => {
    const o = parse('t=12.5&autoplay=1&speed=4&controls=none&theme=dark&lang=de-CH&readonly=1&parentOrigin=https%3A%2F%2Fcourse.example.edu&instance=a1&seed=42');
    expect(o).toMatchObject({ tSec: 12.5, autoplay: true, speed: 4, controls: 'none', theme: 'dark', lang: 'de-CH', readonly: true, parentOrigin: 'https://course.example.edu', instance: 'a1', seed: 42 });
  });
});

describe('normalizeOrigin', () => {
  it('accepts only bare http(s) origins', () => {
    expect(normalizeOrigin('https://a.edu')).toBe('https://a.edu');
    expect(normalizeOrigin('https://a.edu/')).toBe('https://a.edu');
    expect(normalizeOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(normalizeOrigin('https://a.edu/course')).toBeNull();
    expect(normalizeOrigin('*')).toBeNull();
    expect(normalizeOrigin('null')).toBeNull();
    expect(normalizeOrigin('file:///x')).toBeNull();
  });
});

describe('helpers', () => {
  it('parseScalar keeps non-numbers as strings', () => {
    expect([parseScalar('1'), parseScalar('-0.5'), parseScalar('1e3'), parseScalar('12abc'), parseScalar(''), parseScalar('false')]).toEqual([1, -0.5, 1000, '12abc', '', false]);
  });
  it('setPath builds nested objects', () => {
    const o: Record<string, unknown> = {};
    expect(setPath(o, 'a.b.c', 1)).toBe(true);
    expect(o).toEqual({ a: { b: { c: 1 } } });
    expect(setPath(o, 'a..b', 1)).toBe(false);
  });
});

describe('buildEmbedQuery / buildEmbedUrl', () => {
  it('round-trips through parseEmbedQuery', () => {
    const input = { params: { memoryMiB: 4096, live: true }, seed: 7, tSec: 3, autoplay: true, speed: 2, controls: 'none' as const, theme: 'dark' as const, lang: 'de', readonly: true, parentOrigin: 'https://c.edu', instance: 'i1', check: { '>': [{ var: 'x' }, 1] } };
    const o = parse(buildEmbedQuery(input));
    expect(o).toMatchObject({ ...input, warnings: [] });
  });
  it('falls back to params= when a param is not a scalar', () => {
    const q = new URLSearchParams(buildEmbedQuery({ params: { dirty: { model: 'hotset' } } }));
    expect(decodeJson(q.get('params') as string)).toEqual({ dirty: { model: 'hotset' } });
  });
  it('puts the route in the hash of the app URL', () => {
    expect(buildEmbedUrl('https://labs.example.edu/strato/#/gallery', 'availability', { params: { a: 1 } })).toBe('https://labs.example.edu/strato/#/embed/v1/availability?p.a=1');
  });
});
