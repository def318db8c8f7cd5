import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng';
import { emptyPodSpec, makeContainer, makeMeta, makeNode, makePod } from '../defaults';
import { createCycleState } from './cycle-state';
import { createClusterCache } from './node-info';
import { defaultProfile } from './profile';
import type { SchedulerContext } from './schedule-one';
import { fastScoreTable } from './score-fast';
import { scoreTable } from './score-nodes';

describe('fastScoreTable()', () => {
  it('gives the same totals as the per-plugin score table on a varied cluster', () => {
    const rng = createRng(11);
    const cache = createClusterCache();
    for (let i = 0; i < 60; i++) {
      const n = makeNode(`n${i}`, { cpu: 1000 + rng.int(8) * 500, memory: (1 + rng.int(8)) * 2 ** 30 }, i + 1);
      if (i % 5 === 0) n.taints = [{ key: 'soft', value: '', effect: 'PreferNoSchedule' }];
      if (i % 3 === 0) n.meta.labels.disk = 'ssd';
      if (i % 7 === 0) n.images = [{ name: 'app:1', sizeBytes: 300 * 2 ** 20 }];
      cache.addNode(n);
    }
    const ctx: SchedulerContext = { cache, profile: defaultProfile(), rng, nextStartIndex: 0, detailed: false, defaultSpreadSelector: () => null, preFilterReason: () => '' };
    for (let k = 0; k < 40; k++) {
      const spec = emptyPodSpec();
      spec.containers = [makeContainer('c', k % 2 ? 'app:1' : 'other:2', k % 4 === 0 ? {} : { cpu: 100 * (1 + rng.int(5)), memory: 2 ** 26 * (1 + rng.int(4)) })];
      if (k % 3 === 0) spec.affinity.nodePreferred = [{ weight: 30, preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }], matchFields: [] } }];
      const pod = makePod(makeMeta(`p${k}`, 'default', 1000 + k, 0), spec);
      const s = createCycleState(pod);
      const a = scoreTable(ctx, s, cache.list);
      const b = fastScoreTable(ctx, s, cache.list);
      expect(b.totals).toEqual(a.totals);
      expect([...b.skipped].sort()).toEqual([...a.skipped].sort());
      cache.addPod(pod, cache.list[rng.int(cache.list.length)]!.node.meta.name);
    }
  });
});
