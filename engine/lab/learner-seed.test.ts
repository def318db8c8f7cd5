import { describe, expect, it } from 'vitest';
import { cyrb53, deriveLearnerSeed, learnerScenario } from './learner-seed';

const scenario = { kind: 'counter', seed: 3, params: {}, commands: [], until: 1 };

describe('per-learner seeds', () => {
  it('cyrb53 matches its published reference values', () => {
    // Example outputs listed in bryc's code/jshash README (seed 0).
    expect(cyrb53('a')).toBe(7929297801672961);
    expect(cyrb53('b')).toBe(8684336938537663);
    expect(cyrb53('revenge')).toBe(4051478007546757);
    expect(cyrb53('revenue')).toBe(8309097637345594);
  });

  it('is stable for one learner and differs between learners', () => {
    expect(deriveLearnerSeed('alice', 7, 3)).toBe(deriveLearnerSeed('alice', 7, 3));
    expect(deriveLearnerSeed('alice', 7, 3)).not.toBe(deriveLearnerSeed('bob', 7, 3));
    expect(deriveLearnerSeed('alice', 7, 3)).not.toBe(deriveLearnerSeed('alice', 7, 4));
    expect(deriveLearnerSeed('alice', 7, 3)).toBeLessThan(2 ** 31);
  });

  it('replaces the scenario seed only when the lab asks for per-learner seeds', () => {
    expect(learnerScenario({ seed: { mode: 'fixed' } }, scenario, 'alice').seed).toBe(3);
    expect(learnerScenario({}, scenario, 'alice').seed).toBe(3);
    expect(learnerScenario({ seed: { mode: 'perLearner', base: 7 } }, scenario).seed).toBe(3);
    expect(learnerScenario({ seed: { mode: 'perLearner', base: 7 } }, scenario, 'alice').seed).toBe(deriveLearnerSeed('alice', 7, 3));
  });
});
