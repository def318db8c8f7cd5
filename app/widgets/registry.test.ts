/**
 * Every registered widget against the engine it drives: its default scenario is one the engine
 * accepts and replays (a widget copy that drifted from the model would open on an error), and its
 * `paramsSchema` — what the parameter panel and the authoring editor's diagnostics use — accepts both
 * that scenario's params and the engine's own example for the kind (the schema must not flag valid
 * params an author copies from the docs).
 */
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { getModel } from '../../engine/registry';
import { replay } from '../../engine/replay';
import { allWidgets } from './registry';

const ajv = new Ajv2020({ strict: false, allErrors: true });

describe.each(allWidgets().map((w) => [w.kind, w] as const))('widget %s', (_kind, widget) => {
  it('drives a registered engine model and its default scenario is of that kind', () => {
    expect(() => getModel(widget.modelKind)).not.toThrow();
    expect(widget.defaultScenario.kind).toBe(widget.modelKind);
  });

  it('opens its default scenario in the engine and replays it to the end without an error', () => {
    const s = widget.defaultScenario;
    const until = Math.min(s.until ?? 0, 7 * 24 * 3600);
    expect(() => replay(structuredClone(s), until)).not.toThrow();
  }, 60_000);

  it('its params schema accepts its default params and the engine example\'s params', () => {
    const validate = ajv.compile(widget.paramsSchema);
    const errors = (params: unknown) => (validate(params) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
    expect(errors(widget.defaultScenario.params)).toEqual([]);
    expect(errors(getModel(widget.modelKind).example.params)).toEqual([]);
  });
});
