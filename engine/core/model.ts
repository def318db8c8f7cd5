/**
 * The Model contract (see DESIGN.md): a model owns its state and advances it; it never reads a
 * clock, the DOM or ambient randomness.
 *
 * A `ModelDefinition` is what a domain registers: `init(params, ctx)` validates the params
 * (throwing `ScenarioError` with a JSON path) and returns a `Model` instance whose methods are
 *   - `advanceTo(tUs)`  process events up to simulated time tUs (integer µs, never backwards),
 *   - `apply(command)`  a user action at the current time (invalid → ScenarioError),
 *   - `snapshot()`      plain JSON: what views draw and lab checks read,
 *   - `series()`        named typed arrays for charts.
 * The definition's `checkCommand(command, path, params)` validates a command's arguments at load time.
 * Models with discrete steps (a page walk) use the same contract: each reference is an event.
 */
import type { Rng } from './rng';
import type { SeriesBundle } from './series';

/** A timed user action: `{ "at": 2.5, "do": "startMigration", ...args }`. */
export interface Command {
  /** Simulated time in seconds at which the command applies. */
  at: number;
  /** The verb: what to do. */
  do: string;
  [arg: string]: unknown;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type Snapshot = { [key: string]: JsonValue };

export interface Model<S extends Snapshot = Snapshot> {
  advanceTo(tUs: number): void;
  /** `path` is the command's JSON path (`commands[3]`) for error messages. */
  apply(command: Command, path: string): void;
  snapshot(): S;
  series(): SeriesBundle;
}

export interface ModelContext {
  /** The scenario's generator; call `.stream(name)` for independent per-purpose streams. */
  rng: Rng;
  /** The JSON path of the params object (`params`) for error messages. */
  path: string;
}

/** Documentation of a command verb, for docs/scenarios.md, the CLI's --help and authoring completion. */
export interface CommandDoc {
  do: string;
  summary: string;
  /** Argument name → description (with unit and default). */
  args?: Record<string, string>;
}

export interface ModelDefinition<S extends Snapshot = Snapshot> {
  kind: string;
  title: string;
  /** One sentence: what the model teaches. */
  summary: string;
  init(params: unknown, ctx: ModelContext): Model<S>;
  commands: readonly CommandDoc[];
  /**
   * Validates one command's arguments without applying it — required arguments, types, ranges,
   * enums and unknown fields (a field its CommandDoc does not list) — throwing ScenarioError with
   * the argument's JSON path (`commands[3].nodee`). createRun calls it for every scenario command
   * at load and for each dispatched command, so a typo surfaces before time reaches the command.
   * Implement it with the same reader `apply` uses (core/command-args.ts), never a second copy of
   * the rules. Checks that depend on the state at that time ("node n9 does not exist yet") stay in
   * `apply`. `params` is the scenario's raw params, for facts fixed at init (component ids, memory
   * size); a model that re-reads them reports bad params as init would.
   * Optional in the type so a new domain type-checks while it is written; every registered kind
   * implements it (engine/core/check-command.test.ts).
   */
  checkCommand?(command: Command, path: string, params: unknown): void;
  /** A complete, valid example scenario (used by the gallery, docs and determinism tests). */
  example: ScenarioJson;
}

export interface ScenarioJson {
  kind: string;
  seed: number;
  params: Record<string, unknown>;
  commands: Command[];
  /** End of the scenario in seconds. */
  until: number;
  /** Optional human title. */
  title?: string;
}
