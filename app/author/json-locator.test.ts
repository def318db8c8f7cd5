import { describe, expect, it } from 'vitest';
import { locateJson, offsetOfPath } from './json-locator';

const text = '{\n  "id": "x",\n  "steps": [\n    { "id": "s1", "tasks": [ { "solve": {} } ] }\n  ],\n  "odd key": 1\n}';

describe('locateJson', () => {
  it('records value offsets under engine-style paths', () => {
    const loc = locateJson(text);
    expect(loc.error).toBeNull();
    expect(text.slice(offsetOfPath(loc, 'steps[0].tasks[0].solve'), offsetOfPath(loc, 'steps[0].tasks[0].solve') + 2)).toBe('{}');
    expect(text.slice(offsetOfPath(loc, 'id'), offsetOfPath(loc, 'id') + 3)).toBe('"x"');
    expect(loc.offsets.has('["odd key"]')).toBe(true);
  });
  it('falls back to the nearest ancestor for a missing field', () => {
    const loc = locateJson(text);
    expect(offsetOfPath(loc, 'steps[0].tasks[0].check')).toBe(offsetOfPath(loc, 'steps[0].tasks[0]'));
    expect(offsetOfPath(loc, 'nothing.here')).toBe(0);
  });
  it('finds the offset of syntax errors that JSON.parse does not report', () => {
    expect(locateJson('{ "a": oops }').error).toEqual({ offset: 7, message: 'unexpected "o": expected a value (strings need "double quotes")' });
    expect(locateJson('[1, 2, ]').error?.message).toBe('trailing comma');
    expect(locateJson('{ "a": 1').error?.message).toMatch(/unexpected end/);
    expect(locateJson('{} x').error?.offset).toBe(3);
  });
  it('agrees with JSON.parse on what is valid', () => {
    for (const t of ['0', '-1.5e3', '"a\\"b"', '{"a":[true,false,null]}', ' [ ] ']) expect(locateJson(t).error).toBeNull();
    for (const t of ['01', '{a:1}', "'x'", '[1,]', '']) expect(locateJson(t).error).not.toBeNull();
  });
});
