/**
 * The widget contract. One folder per widget (app/widgets/<kind>/) with the component, its
 * parameter panel and a `widget.ts` that default-exports a `WidgetDefinition`; the registry
 * (app/widgets/registry.ts) serves the gallery, the lab runner and the embed route alike.
 * Widgets never import each other; shared pieces live in app/charts and app/framework.
 */
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Command, ScenarioJson, Snapshot } from '../../engine/core/model';
import type { SeriesBundle } from '../../engine/core/series';

/** Course chapters, in course order. */
export type ChapterId =
  | 'fundamentals'
  | 'virtualization'
  | 'containers'
  | 'orchestration'
  | 'infrastructure'
  | 'architectures'
  | 'service-models'
  | 'sustainability';

/** What a widget component receives: a live handle on one engine session. */
export interface SimulationHandle {
  /** The scenario as it stands (initial params + every live command), for permalinks. */
  scenario: ScenarioJson;
  /** Current simulated time, seconds. */
  tSec: number;
  until: number;
  /** The model's snapshot at tSec (null until the worker answers). */
  snapshot: Snapshot | null;
  /** Series columns (typed arrays transferred from the worker), `tSec` first. */
  series: SeriesBundle;
  playing: boolean;
  speed: number;
  /** The last error the engine reported (bad param or command), with its JSON path. */
  error: { path: string; message: string } | null;
  /** A live command at the current time; it is recorded in the scenario. */
  dispatch(command: Omit<Command, 'at'>): void;
  /** Restart from t = 0 with new params (the previous scenario is kept if they are invalid). */
  setParams(params: Record<string, unknown>): void;
  /** Replace the whole scenario (used by labs, permalinks and embeds). */
  load(scenario: ScenarioJson): void;
  seek(tSec: number): void;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  setSpeed(speed: number): void;
}

export interface WidgetProps {
  sim: SimulationHandle;
  /** Embeds may ask for a read-only widget (no parameter edits, no commands). */
  readonly?: boolean;
}

export interface WidgetDefinition {
  kind: string;
  title: string;
  chapter: ChapterId;
  /** One sentence for the gallery and the embed's accessible name. */
  summary: string;
  /** The engine model kind this widget drives. */
  modelKind: string;
  defaultScenario: ScenarioJson;
  /** JSON Schema (2020-12) of `scenario.params`, for the parameter panel and authoring completion. */
  paramsSchema: Record<string, unknown>;
  /** Snapshot fields a lab check may read (dot paths with a description), for authoring. */
  snapshotFields: Record<string, string>;
  /** Whether the model has time (play/scrub controls) or is stepped by commands only. */
  hasTime: boolean;
  /** Seconds of simulated time per second of wall time at speed 1. */
  timeScale?: number;
  component: LazyExoticComponent<ComponentType<WidgetProps>> | ComponentType<WidgetProps>;
}
