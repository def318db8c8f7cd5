import { describe, expect, it } from 'vitest';
import { errorOwner, fieldKind, getAt, labelOf, numberBounds, pathToString, setAt } from './schema-form';

describe('schema form helpers', () => {
  it('picks an input kind per schema node', () => {
    expect(fieldKind({ type: 'number' })).toBe('number');
    expect(fieldKind({ type: 'integer' })).toBe('integer');
    expect(fieldKind({ type: 'string', enum: ['a', 'b'] })).toBe('enum');
    expect(fieldKind({ type: 'object', properties: {} })).toBe('object');
    expect(fieldKind({ type: 'array', items: {} })).toBe('json');
    expect(fieldKind({ oneOf: [] })).toBe('json');
  });
  it('prints paths the way engine errors name them', () => {
    expect(pathToString('params', ['system', 'children', 2, 'mtbfHours'])).toBe('params.system.children[2].mtbfHours');
  });
  it('sets values immutably, creating containers on the way', () => {
    const root = { a: { b: 1 }, list: [1, 2] };
    const next = setAt(root, ['a', 'c'], 3);
    expect(next).toEqual({ a: { b: 1, c: 3 }, list: [1, 2] });
    expect(root.a).toEqual({ b: 1 });
    expect(setAt(root, ['list', 1], 9).list).toEqual([1, 9]);
    expect(setAt({}, ['x', 0], 'y')).toEqual({ x: ['y'] });
    expect(setAt(root, ['a'], undefined)).toEqual({ list: [1, 2] });
    expect(getAt(next, ['a', 'c'])).toBe(3);
  });
  it('labels and bounds come from the schema', () => {
    expect(labelOf('mtbfHours', {})).toBe('mtbf hours');
    expect(labelOf('x', { title: 'Seed' })).toBe('Seed');
    expect(numberBounds({ type: 'integer', minimum: 1, maximum: 9 })).toEqual({ min: 1, max: 9, step: 1 });
  });
});

describe('errorOwner', () => {
  const schema = { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'number' } } }, list: { type: 'array' } } };
  it('finds the field an engine error names, or the JSON field containing it', () => {
    expect(errorOwner(schema, 'params.a.b')).toBe('params.a.b');
    expect(errorOwner(schema, 'params.list[3].x')).toBe('params.list');
    expect(errorOwner(schema, 'params.a.zzz')).toBe('params.a');
    expect(errorOwner(schema, 'commands[0]')).toBeNull();
  });
});
