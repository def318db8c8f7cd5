import { describe, expect, it, vi } from 'vitest';
import { createChildMessenger } from './child-messenger';
import { makeEnvelope, type Envelope } from './protocol';

function setup(parentOrigin: string | null) {
  const parent = { postMessage: vi.fn() };
  const received: Envelope[] = [];
  const warnings: string[] = [];
  const self = { addEventListener: vi.fn(), removeEventListener: vi.fn() };
  const m = createChildMessenger({ self, parent, parentOrigin, instance: 'i1', onMessage: (e) => received.push(e), warn: (w) => warnings.push(w) });
  return { m, parent, received, warnings, self };
}

const control = makeEnvelope('control', 'i1', { action: 'play' });
const setParams = makeEnvelope('setParams', 'i1', { params: { a: 1 } });

describe('createChildMessenger', () => {
  it('posts versioned envelopes to parentOrigin when given, else to *', () => {
    const a = setup('https://course.edu');
    a.m.post('ready', { widget: 'x' });
    expect(a.parent.postMessage).toHaveBeenCalledWith({ protocol: 'strato', v: 1, type: 'ready', instance: 'i1', payload: { widget: 'x' } }, 'https://course.edu');
    const b = setup(null);
    b.m.post('resize', { height: 10 });
    expect(b.parent.postMessage.mock.calls[0]?.[1]).toBe('*');
  });

  it('accepts every documented message from the parent window at parentOrigin', () => {
    const { m, parent, received } = setup('https://course.edu');
    expect(m.receive({ data: setParams, origin: 'https://course.edu', source: parent as never })).toBeNull();
    expect(received).toEqual([setParams]);
  });

  it('drops, with a console explanation, messages from another origin', () => {
    const { m, parent, received, warnings } = setup('https://course.edu');
    expect(m.receive({ data: control, origin: 'https://evil.example', source: parent as never })).toMatch(/not parentOrigin/);
    expect(received).toEqual([]);
    expect(warnings[0]).toMatch(/\[strato embed\] dropped a message from https:\/\/evil\.example/);
  });

  it('drops messages from a window other than the parent even at the right origin', () => {
    const { m, received, warnings } = setup('https://course.edu');
    expect(m.receive({ data: control, origin: 'https://course.edu', source: {} as never })).toMatch(/not sent by the parent/);
    expect(received).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('without parentOrigin accepts only harmless messages', () => {
    const { m, parent, received, warnings } = setup(null);
    expect(m.receive({ data: control, origin: 'https://any.edu', source: parent as never })).toBeNull();
    expect(m.receive({ data: setParams, origin: 'https://any.edu', source: parent as never })).toMatch(/needs parentOrigin/);
    expect(received).toEqual([control]);
    expect(warnings).toHaveLength(1);
  });

  it('stays quiet about messages that are not strato envelopes', () => {
    const { m, parent, warnings } = setup('https://course.edu');
    expect(m.receive({ data: { source: 'react-devtools' }, origin: 'https://x', source: parent as never })).toBe('ignored');
    expect(warnings).toEqual([]);
  });

  it('drops invalid payloads instead of acting on them', () => {
    const { m, parent, received } = setup('https://course.edu');
    m.receive({ data: makeEnvelope('control', 'i1', { action: 'seek', simTime: 'now' }), origin: 'https://course.edu', source: parent as never });
    expect(received).toEqual([]);
  });
});
