// The schema's source of truth is engine/lab/lab-schema.ts; the published copies must match it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAB_SCHEMA_ID, labSchema } from './lab-schema';

const root = resolve(__dirname, '../..');

describe('published lab schema', () => {
  for (const copy of ['labs/lab.schema.json', 'public/schema/lab/v1.json']) {
    it(`${copy} is identical to engine/lab/lab-schema.ts (run \`npm run lab -- schema --write\` after editing)`, () => {
      const text = readFileSync(resolve(root, copy), 'utf8');
      expect(text).toBe(`${JSON.stringify(labSchema, null, 2)}\n`);
    });
  }

  it('has the versioned $id and declares JSON Schema 2020-12', () => {
    expect(labSchema.$id).toBe('https://stratolab.dev/schema/lab/v1.json');
    expect(LAB_SCHEMA_ID).toBe(labSchema.$id);
    expect(labSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
