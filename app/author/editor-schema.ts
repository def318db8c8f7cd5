/**
 * The schema Monaco validates and completes against: labs/lab.schema.json, enriched with what the
 * app knows at run time — the registered widget kinds (enum with titles), each widget's params
 * schema under `steps[].widget.scenario.params` and its model kind, plus the snapshot fields a
 * check may read (offered as completions inside `{"var": "…"}`).
 */

export interface WidgetInfo {
  kind: string;
  title: string;
  modelKind: string;
  paramsSchema: Record<string, unknown>;
  snapshotFields: Record<string, string>;
}

type Obj = Record<string, unknown>;

function at(obj: Obj, ...keys: string[]): Obj | null {
  let cur: unknown = obj;
  for (const k of keys) {
    if (typeof cur !== 'object' || cur === null) return null;
    cur = (cur as Obj)[k];
  }
  return typeof cur === 'object' && cur !== null ? (cur as Obj) : null;
}

function widgetRule(w: WidgetInfo): Obj {
  return {
    if: { properties: { kind: { const: w.kind } }, required: ['kind'] },
    then: { properties: { scenario: { properties: { kind: { const: w.modelKind }, params: w.paramsSchema } } } },
  };
}

/** A deep copy of the lab schema with widget kinds, params and snapshot fields filled in. */
export function enrichLabSchema(labSchema: Obj, widgets: readonly WidgetInfo[]): Obj {
  const schema = structuredClone(labSchema);
  const widget = at(schema, '$defs', 'step', 'properties', 'widget');
  const kind = widget && at(widget, 'properties', 'kind');
  if (widget && kind && widgets.length) {
    kind.enum = widgets.map((w) => w.kind);
    kind.markdownEnumDescriptions = widgets.map((w) => `**${w.title}** — drives the \`${w.modelKind}\` model`);
    widget.allOf = widgets.map(widgetRule);
  }
  const check = at(schema, '$defs', 'task', 'properties', 'check');
  if (check) {
    const fields = widgets.flatMap((w) => Object.keys(w.snapshotFields).map((f) => `\`${f}\` (${w.kind})`));
    check.markdownDescription = `${String(check.description ?? '')}\n\nSnapshot fields: ${fields.join(', ') || 'see docs/scenarios'}`;
  }
  return schema;
}

export interface FieldCompletion {
  label: string;
  detail: string;
  documentation: string;
}

export function snapshotFieldCompletions(widgets: readonly WidgetInfo[]): FieldCompletion[] {
  const seen = new Map<string, FieldCompletion>();
  for (const w of widgets) {
    for (const [field, doc] of Object.entries(w.snapshotFields)) {
      const prev = seen.get(field);
      if (prev) prev.detail += `, ${w.kind}`;
      else seen.set(field, { label: field, detail: `snapshot of ${w.kind}`, documentation: doc });
    }
  }
  return [...seen.values()];
}

/** True when the text before the cursor is inside the string of a JSON Logic `var`. */
export function isInsideVar(lineBeforeCursor: string): boolean {
  return /"var"\s*:\s*(\[\s*)?"[^"]*$/.test(lineBeforeCursor);
}
