/**
 * The lab JSON Schema (2020-12), version 1: the single source of truth. labs/lab.schema.json and
 * public/schema/lab/v1.json are copies written by `npm run lab -- schema --write`; a test asserts
 * the copies are identical. The schema checks shape; semantics (ids unique, kinds exist, fields
 * a check reads exist…) are lint-lab.ts. Minor versions only ever add optional fields.
 */
import { CHAPTERS } from './types';

export const LAB_SCHEMA_ID = 'https://stratolab.dev/schema/lab/v1.json';

const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', maxLength: 80, description: 'Stable id: lowercase letters, digits, ".", "_", "-". Progress is keyed by ids, never by positions.' };
const text = { type: 'string', minLength: 1 };
const markdown = { type: 'string', minLength: 1, description: 'Markdown (GFM, $math$ via KaTeX), rendered sanitized: no raw HTML, no scripts.' };
const points = { type: 'number', minimum: 0, description: 'Score weight (default 1).' };

const hint = {
  type: 'object',
  required: ['id', 'text'],
  additionalProperties: false,
  properties: { id, text: markdown },
};
const hints = { type: 'array', items: { $ref: '#/$defs/hint' } };

const scenario = {
  type: 'object',
  description: 'A scenario (docs/scenarios.md): the widget starts from it.',
  required: ['kind', 'params'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', minLength: 1, description: 'Engine model kind (engine/registry.ts).' },
    seed: { type: 'integer', minimum: 0, description: 'Seed; replaced by a per-learner seed when the lab asks for one.' },
    params: { type: 'object' },
    commands: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'do'],
        properties: { at: { type: 'number', minimum: 0 }, do: { type: 'string', minLength: 1 } },
      },
    },
    until: { type: 'number', minimum: 0, description: 'End of the scenario, seconds.' },
    title: { type: 'string' },
  },
};

const check = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  description: 'A JSON Logic rule over the widget snapshot, e.g. {">=": [{"var": "system.availability"}, 0.999]}.',
};

const task = {
  type: 'object',
  required: ['id', 'prompt', 'check', 'solve'],
  additionalProperties: false,
  properties: {
    id,
    prompt: markdown,
    check,
    solve: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      description: 'What makes the check pass: params (restart at t = 0), then commands, then run to runToSec.',
      properties: {
        params: { type: 'object', description: 'Merged (shallowly) over the step scenario params.' },
        commands: { type: 'array', items: { type: 'object', required: ['do'], properties: { do: { type: 'string', minLength: 1 }, at: false } } },
        runToSec: { type: 'number', minimum: 0 },
      },
    },
    points,
    hints,
    feedback: { type: 'object', additionalProperties: false, properties: { pass: markdown, fail: markdown } },
  },
};

const choiceQuiz = {
  type: 'object',
  required: ['id', 'type', 'prompt', 'choices'],
  additionalProperties: false,
  properties: {
    id,
    type: { enum: ['single', 'multiple'] },
    prompt: markdown,
    choices: {
      type: 'array',
      minItems: 2,
      items: {
        type: 'object',
        required: ['id', 'text'],
        additionalProperties: false,
        properties: { id, text: markdown, correct: { type: 'boolean' }, feedback: markdown },
      },
    },
    points,
    explanation: markdown,
    hints,
  },
};

const numericQuiz = {
  type: 'object',
  required: ['id', 'type', 'prompt', 'answer', 'tolerance'],
  additionalProperties: false,
  properties: {
    id,
    type: { const: 'numeric' },
    prompt: markdown,
    answer: {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      description: 'Exactly one of: value (a constant) or compute (JSON Logic over the live snapshot).',
      properties: { value: { type: 'number' }, compute: { description: 'JSON Logic over the live snapshot.' } },
    },
    tolerance: {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      description: 'Exactly one of: abs (same unit as the answer) or rel (fraction of the answer); must be > 0.',
      properties: { abs: { type: 'number' }, rel: { type: 'number' } },
    },
    unit: { type: 'string', minLength: 1 },
    points,
    explanation: markdown,
    hints,
  },
};

const step = {
  type: 'object',
  required: ['id', 'title', 'body'],
  additionalProperties: false,
  properties: {
    id,
    title: text,
    body: markdown,
    estimatedMinutes: { type: 'number', exclusiveMinimum: 0 },
    widget: {
      type: 'object',
      required: ['kind', 'scenario'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', minLength: 1, description: 'Widget kind (app/widgets/registry.ts).' },
        scenario: { $ref: '#/$defs/scenario' },
        startAtSec: { type: 'number', minimum: 0 },
      },
    },
    tasks: { type: 'array', items: { $ref: '#/$defs/task' } },
    quizzes: {
      type: 'array',
      items: { type: 'object', required: ['type'], properties: { type: { enum: ['single', 'multiple', 'numeric'] } }, if: { properties: { type: { const: 'numeric' } } }, then: { $ref: '#/$defs/numericQuiz' }, else: { $ref: '#/$defs/choiceQuiz' } },
    },
    hints,
  },
};

export const labSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: LAB_SCHEMA_ID,
  title: 'Stratolab lab',
  description: 'One interactive lab: steps with markdown, a widget, tasks checked against the simulation, quizzes and hints. See docs/labs.md.',
  type: 'object',
  required: ['$schema', 'id', 'version', 'title', 'chapter', 'estimatedMinutes', 'objectives', 'steps'],
  additionalProperties: false,
  properties: {
    $schema: { const: LAB_SCHEMA_ID },
    id,
    version: { type: 'string', pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?$', description: 'Semver; MAJOR bump = saved progress incompatible.' },
    title: text,
    chapter: { enum: [...CHAPTERS] },
    summary: text,
    level: { enum: ['intro', 'intermediate', 'advanced'] },
    estimatedMinutes: { type: 'number', exclusiveMinimum: 0 },
    objectives: { type: 'array', minItems: 1, items: text },
    authors: { type: 'array', items: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: text, url: { type: 'string' } } } },
    license: { type: 'string' },
    tags: { type: 'array', items: text },
    prerequisites: { type: 'array', items: id },
    seed: {
      type: 'object',
      required: ['mode'],
      additionalProperties: false,
      properties: { mode: { enum: ['fixed', 'perLearner'] }, base: { type: 'integer', minimum: 0 } },
    },
    steps: { type: 'array', minItems: 1, items: { $ref: '#/$defs/step' } },
  },
  $defs: { hint, scenario, task, choiceQuiz, numericQuiz, step },
} as const;
