import { describe, expect, it } from 'vitest';
import labSchema from '../../labs/lab.schema.json';
import { enrichLabSchema, isInsideVar, snapshotFieldCompletions, type WidgetInfo } from './editor-schema';

const widgets: WidgetInfo[] = [
  { kind: 'availability', title: 'Availability', modelKind: 'availability', paramsSchema: { type: 'object', properties: { mttrHours: { type: 'number' } } }, snapshotFields: { 'analytic.availability': 'A' } },
  { kind: 'other', title: 'Other', modelKind: 'm2', paramsSchema: { type: 'object' }, snapshotFields: { 'analytic.availability': 'A', x: 'X' } },
];

describe('enrichLabSchema', () => {
  const schema = enrichLabSchema(labSchema as Record<string, unknown>, widgets) as { $defs: { step: { properties: { widget: { properties: { kind: { enum: string[] } }; allOf: unknown[] } } } } };
  it('lists the registered widget kinds and constrains each one\'s scenario params', () => {
    const widget = schema.$defs.step.properties.widget;
    expect(widget.properties.kind.enum).toEqual(['availability', 'other']);
    expect(widget.allOf[0]).toEqual({
      if: { properties: { kind: { const: 'availability' } }, required: ['kind'] },
      then: { properties: { scenario: { properties: { kind: { const: 'availability' }, params: widgets[0]?.paramsSchema } } } },
    });
  });
  it('does not modify the published schema object', () => {
    expect(JSON.stringify(labSchema)).not.toContain('markdownEnumDescriptions');
  });
});

describe('snapshot field completion', () => {
  it('merges fields shared by several widgets', () => {
    expect(snapshotFieldCompletions(widgets).map((c) => [c.label, c.detail])).toEqual([['analytic.availability', 'snapshot of availability, other'], ['x', 'snapshot of other']]);
  });
  it('triggers inside a var string only', () => {
    expect(isInsideVar('{ ">=": [{ "var": "analy')).toBe(true);
    expect(isInsideVar('{ "var": ["sys')).toBe(true);
    expect(isInsideVar('{ "title": "analy')).toBe(false);
  });
});
