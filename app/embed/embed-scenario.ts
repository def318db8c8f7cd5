/**
 * The scenario an embed opens: `s=` when given (and of the widget's model kind), else the widget's
 * default scenario with `seed=` and the `p.<name>=` / `params=` overrides merged in.
 */
import type { ScenarioJson } from '../../engine/core/model';
import type { EmbedOptions } from './embed-options';
import { isPlainObject } from './protocol';

export function mergeParams(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergeParams(out[key] as Record<string, unknown>, value) : value;
  }
  return out;
}

export function embedScenario(defaultScenario: ScenarioJson, o: Pick<EmbedOptions, 'scenario' | 'seed' | 'params'>): { scenario: unknown; warning?: string } {
  if (o.scenario) {
    if (o.scenario.kind === defaultScenario.kind) return { scenario: o.scenario };
    return { scenario: defaultScenario, warning: `s= is a "${String(o.scenario.kind)}" scenario but this widget runs "${defaultScenario.kind}"; showing the default` };
  }
  return {
    scenario: { ...defaultScenario, seed: o.seed ?? defaultScenario.seed, params: mergeParams(defaultScenario.params as Record<string, unknown>, o.params) },
  };
}
