/**
 * Per-learner seeds: a lab with `"seed": { "mode": "perLearner", "base": n }` gives each learner
 * their own numbers. The seed is a hash of (learner id, base, the scenario's own seed), so it is
 * stable for one learner (same browser → same id → same numbers after a reload) and differs
 * between learners and between steps with different authored seeds.
 *
 * Hash: cyrb53 (bryc, public domain, https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js),
 * a 53-bit string hash built on Math.imul; we keep 31 bits so seeds stay small, readable integers.
 */
import type { ScenarioJson } from '../core/model';
import type { LabJson } from './types';

export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The seed a learner gets for a scenario whose authored seed is `scenarioSeed`. */
export function deriveLearnerSeed(learnerId: string, base: number, scenarioSeed: number): number {
  return cyrb53(`${learnerId}|${base}|${scenarioSeed}`) % 2 ** 31;
}

/** The scenario a learner starts a step from: the authored one, with a per-learner seed if the lab asks for it. */
export function learnerScenario(lab: Pick<LabJson, 'seed'>, scenario: ScenarioJson, learnerId?: string): ScenarioJson {
  const authored = scenario.seed ?? 1;
  if (lab.seed?.mode !== 'perLearner' || !learnerId) return { ...scenario, seed: authored };
  return { ...scenario, seed: deriveLearnerSeed(learnerId, lab.seed.base ?? 0, authored) };
}
