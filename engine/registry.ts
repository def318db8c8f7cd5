/**
 * The registry of model kinds: one line per domain. The CLI, the session facade, the lab runner
 * and the docs all find models here, so adding a domain is adding one import.
 */
import type { ModelDefinition } from './core/model';
import { ScenarioError } from './core/errors';
import { availabilityModel } from './availability/model';
import { carbonModel } from './carbon/carbon-model';
import { consolidationModel } from './consolidation/consolidation-model';
import { datacenterModel } from './topology/datacenter-model';
import { k8sModel } from './k8s/model';
import { migrationModel } from './migration/migration-definition';
import { pagingModel } from './paging/paging-model';
import { pueModel } from './energy/pue-model';

const definitions: ModelDefinition[] = [
  // Domains register here (keep alphabetical).
  availabilityModel,
  carbonModel,
  consolidationModel,
  datacenterModel,
  k8sModel,
  migrationModel,
  pagingModel,
  pueModel,
];

const byKind = new Map(definitions.map((d) => [d.kind, d]));

export function modelKinds(): string[] {
  return [...byKind.keys()].sort();
}

export function getModel(kind: string): ModelDefinition {
  const def = byKind.get(kind);
  if (!def) throw new ScenarioError('kind', `unknown model kind "${kind}" (known: ${modelKinds().join(', ')})`);
  return def;
}

export function allModels(): readonly ModelDefinition[] {
  return [...definitions].sort((a, b) => a.kind.localeCompare(b.kind));
}
