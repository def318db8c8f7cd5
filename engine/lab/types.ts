/**
 * The lab document: plain JSON an instructor writes (labs/<chapter>/<id>.json), validated against
 * engine/lab/lab-schema.ts (published as labs/lab.schema.json and /schema/lab/v1.json).
 * These types mirror the schema; docs/labs.md explains every field.
 *
 * A lab is a list of steps; a step has markdown, optionally one widget with its initial scenario,
 * tasks (JSON Logic checks over the widget's snapshot, each with a `solve`), quizzes and hints.
 */
import type { JsonValue, ScenarioJson } from '../core/model';

/** A JSON Logic rule (https://jsonlogic.com), restricted to the operations in check-ops.ts. */
export type JsonLogic = JsonValue;

export const CHAPTERS = [
  'fundamentals',
  'virtualization',
  'containers',
  'orchestration',
  'infrastructure',
  'architectures',
  'service-models',
  'sustainability',
] as const;
export type LabChapter = (typeof CHAPTERS)[number];

export interface LabJson {
  $schema: string;
  id: string;
  /** Semver; a MAJOR bump means saved progress is incompatible. */
  version: string;
  title: string;
  chapter: LabChapter;
  summary?: string;
  level?: 'intro' | 'intermediate' | 'advanced';
  estimatedMinutes: number;
  objectives: string[];
  authors?: Array<{ name: string; url?: string }>;
  license?: string;
  tags?: string[];
  /** Ids of labs to do first. */
  prerequisites?: string[];
  seed?: LabSeed;
  steps: LabStep[];
}

/** `fixed`: every learner sees the scenario's own seed; `perLearner`: a seed derived from the learner id. */
export interface LabSeed {
  mode: 'fixed' | 'perLearner';
  base?: number;
}

export interface LabStep {
  id: string;
  title: string;
  /** Markdown (GFM subset, $math$ via KaTeX); rendered sanitized. */
  body: string;
  estimatedMinutes?: number;
  widget?: StepWidget;
  tasks?: LabTask[];
  quizzes?: QuizItem[];
  hints?: Hint[];
}

export interface StepWidget {
  /** A widget kind from app/widgets/registry.ts. */
  kind: string;
  /** The initial scenario; its `kind` is the engine model kind. */
  scenario: ScenarioJson;
  /** Simulated seconds to advance before the learner sees the widget (default 0). */
  startAtSec?: number;
}

export interface LabTask {
  id: string;
  prompt: string;
  check: JsonLogic;
  solve: TaskSolve;
  points?: number;
  hints?: Hint[];
  feedback?: { pass?: string; fail?: string };
}

/** What makes a task pass: new params (restart at t = 0), then commands at the current time, then run on. */
export interface TaskSolve {
  params?: Record<string, unknown>;
  commands?: SolveCommand[];
  runToSec?: number;
}

export interface SolveCommand {
  do: string;
  [arg: string]: unknown;
}

export interface Hint {
  id: string;
  text: string;
}

export type QuizItem = ChoiceQuiz | NumericQuiz;

export interface ChoiceQuiz {
  id: string;
  type: 'single' | 'multiple';
  prompt: string;
  choices: Array<{ id: string; text: string; correct?: boolean; feedback?: string }>;
  points?: number;
  explanation?: string;
  hints?: Hint[];
}

export interface NumericQuiz {
  id: string;
  type: 'numeric';
  prompt: string;
  /** A constant, or a JSON Logic expression evaluated on the widget's live snapshot. */
  answer: { value: number } | { compute: JsonLogic };
  tolerance: { abs: number } | { rel: number };
  unit?: string;
  points?: number;
  explanation?: string;
  hints?: Hint[];
}

/** One problem found in a lab, named by its JSON path (`steps[2].tasks[0].check`). */
export interface LabIssue {
  path: string;
  message: string;
  /** Which rule found it: `schema`, or a lint rule name (`unique-ids`, …). */
  rule: string;
}
