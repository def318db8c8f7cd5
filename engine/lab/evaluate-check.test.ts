import { describe, expect, it } from 'vitest';
import { evaluateCheck } from './evaluate-check';

const snapshot = { system: { availability: 0.998001, up: true }, blocks: { 'db-1': { up: false } }, components: [{ id: 'a', up: true }, { id: 'b', up: false }], n: 2 };

describe('evaluateCheck()', () => {
  it('passes when the rule holds', () => {
    const r = evaluateCheck({ '>=': [{ var: 'system.availability' }, 0.99] }, snapshot);
    expect(r).toMatchObject({ pass: true, failures: [], message: 'Check passed.' });
  });

  it('names the failed part of an "and" with the value it read', () => {
    const r = evaluateCheck({ and: [{ '>=': [{ var: 'system.availability' }, 0.999] }, { '==': [{ var: 'n' }, 2] }] }, snapshot, 'steps[1].tasks[0].check');
    expect(r.pass).toBe(false);
    expect(r.failures).toEqual([{ path: 'steps[1].tasks[0].check.and[0]', text: 'system.availability (= 0.998001) >= 0.999 is false' }]);
    expect(r.message).toBe('Not yet: system.availability (= 0.998001) >= 0.999 is false.');
  });

  it('lists every alternative of a failed "or"', () => {
    const r = evaluateCheck({ or: [{ '>': [{ var: 'n' }, 3] }, { '==': [{ var: 'system.up' }, false] }] }, snapshot);
    expect(r.failures.map((f) => f.text)).toEqual(['n (= 2) > 3 is false', 'system.up (= true) == false is false']);
  });

  it('says a negated condition "holds but must not"', () => {
    const r = evaluateCheck({ '!': { var: 'system.up' } }, snapshot);
    expect(r.failures).toEqual([{ path: 'check.!', text: 'system.up (= true) holds but must not' }]);
  });

  it('reads ids with dashes and array indices', () => {
    expect(evaluateCheck({ and: [{ '!': { var: 'blocks.db-1.up' } }, { var: 'components.0.up' }] }, snapshot).pass).toBe(true);
  });

  it('explains a between-comparison with the computed middle value', () => {
    const r = evaluateCheck({ '<=': [-0.001, { '-': [{ var: 'system.availability' }, 0.9] }, 0.001] }, snapshot);
    expect(r.failures[0]?.text).toBe('-0.001 <= {"-":[{"var":"system.availability"},0.9]} (= 0.098001) <= 0.001 is false');
  });

  it('reports a missing field as "missing" rather than throwing', () => {
    const r = evaluateCheck({ '>': [{ var: 'system.nope' }, 1] }, snapshot);
    expect(r.failures[0]?.text).toBe('system.nope (= missing) > 1 is false');
  });

  it('explains iteration operators without evaluating the body against the snapshot', () => {
    const r = evaluateCheck({ all: [{ var: 'components' }, { var: 'up' }] }, snapshot);
    expect(r.pass).toBe(false);
    expect(r.failures[0]?.text).toMatch(/^all\(components \(= \[.*\]\), \[\{"var":"up"\}\]\) \(= false\) is false$/);
  });

  it('refuses disallowed operations and prototype-reaching vars before evaluating anything', () => {
    expect(evaluateCheck({ log: 'hi' }, snapshot)).toMatchObject({ pass: false, error: expect.stringMatching(/disallowed JSON Logic operation "log"/) });
    expect(evaluateCheck({ var: '__proto__.x' }, snapshot)).toMatchObject({ pass: false, error: expect.stringMatching(/outside the snapshot/) });
    expect(evaluateCheck({ var: [{ cat: ['n'] }] }, snapshot)).toMatchObject({ pass: false, error: expect.stringMatching(/literal path/) });
  });

  it('waits politely when there is no snapshot yet', () => {
    expect(evaluateCheck({ var: 'n' }, null).message).toMatch(/No simulation state yet/);
  });

  it('returns plain, JSON-serialisable data (it crosses the worker boundary)', () => {
    const r = evaluateCheck({ and: [{ var: 'n' }, { '<': [{ var: 'n' }, 1] }] }, snapshot);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
