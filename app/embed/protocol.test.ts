import { describe, expect, it } from 'vitest';
import { checkParentPayload, makeEnvelope, parseEnvelope, PARENT_TYPES } from './protocol';

describe('parseEnvelope', () => {
  it('accepts what makeEnvelope produces', () => {
    const env = makeEnvelope('control', 'i1', { action: 'play' });
    expect(parseEnvelope(env, PARENT_TYPES)).toEqual({ ok: true, envelope: env });
  });
  it('quietly marks other libraries\' messages as not strato', () => {
    expect(parseEnvelope({ type: 'webpackOk' }, PARENT_TYPES)).toMatchObject({ ok: false, isStrato: false });
    expect(parseEnvelope('hello', PARENT_TYPES)).toMatchObject({ ok: false, isStrato: false });
  });
  it('rejects other versions, unknown types and non-object payloads with a reason', () => {
    expect(parseEnvelope({ protocol: 'strato', v: 2, type: 'hello' }, PARENT_TYPES)).toMatchObject({ ok: false, isStrato: true, reason: expect.stringContaining('version') });
    expect(parseEnvelope({ protocol: 'strato', v: 1, type: 'eval' }, PARENT_TYPES)).toMatchObject({ ok: false, reason: expect.stringContaining('unknown message type') });
    expect(parseEnvelope({ protocol: 'strato', v: 1, type: 'hello', payload: [1] }, PARENT_TYPES)).toMatchObject({ ok: false, reason: 'payload must be an object' });
  });
});

describe('checkParentPayload', () => {
  it('requires a known control action and a non-negative seek time', () => {
    expect(checkParentPayload('control', { action: 'play' })).toBeNull();
    expect(checkParentPayload('control', { action: 'seek', simTime: 4 })).toBeNull();
    expect(checkParentPayload('control', { action: 'seek' })).toMatch(/simTime/);
    expect(checkParentPayload('control', { action: 'explode' })).toMatch(/action/);
  });
  it('checks theme, params and permalink shapes', () => {
    expect(checkParentPayload('setTheme', { theme: 'dark' })).toBeNull();
    expect(checkParentPayload('setTheme', { theme: 'neon' })).toMatch(/theme/);
    expect(checkParentPayload('setParams', { params: { a: 1 } })).toBeNull();
    expect(checkParentPayload('setParams', { params: 'a=1' })).toMatch(/params/);
    expect(checkParentPayload('loadState', { permalink: '#/embed/v1/x?s=e30' })).toBeNull();
    expect(checkParentPayload('loadState', { permalink: 5 })).toMatch(/permalink/);
  });
});
