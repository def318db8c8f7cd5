import { describe, expect, it } from 'vitest';
import { ScenarioError } from './errors';
import { orderedCommands, parseScenario } from './scenario';

const kinds = ['availability'];

describe('parseScenario', () => {
  it('fills defaults and keeps commands as written', () => {
    const s = parseScenario({ kind: 'availability', params: {}, commands: [{ at: 1, do: 'fail', component: 'x' }] }, kinds);
    expect(s.seed).toBe(1);
    expect(s.until).toBe(0);
    expect(s.commands[0]).toEqual({ at: 1, do: 'fail', component: 'x' });
  });

  it.each([
    [{ kind: 'nope' }, 'kind', /unknown model kind "nope"/],
    [{ kind: 'availability', seed: -1 }, 'seed', /≥ 0/],
    [{ kind: 'availability', seed: 1.5 }, 'seed', /integer/],
    [{ kind: 'availability', commands: [{ at: 1 }] }, 'commands[0].do', /string/],
    [{ kind: 'availability', commands: [{ do: 'x', at: -2 }] }, 'commands[0].at', /≥ 0/],
    [{ kind: 'availability', until: 'soon' }, 'until', /number/],
    [{ kind: 'availability', untill: 5 }, 'untill', /unknown field/],
  ])('rejects %j at path %s', (input, path, message) => {
    try {
      parseScenario(input, kinds);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).path).toBe(path);
      expect((e as ScenarioError).message).toMatch(message);
    }
  });

  it('orders commands by time and keeps written order at equal times', () => {
    const cmds = [
      { at: 5, do: 'b' },
      { at: 1, do: 'a' },
      { at: 5, do: 'c' },
    ];
    expect(orderedCommands(cmds).map((c) => c.command.do)).toEqual(['a', 'b', 'c']);
  });
});
