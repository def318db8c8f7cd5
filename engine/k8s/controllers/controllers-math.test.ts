import { describe, expect, it } from 'vitest';
import { defaultScaleDown, defaultScaleUp } from '../manifest/read-hpa';
import { normalizeReplicas, scaleDownLimit, scaleUpLimit, stabilize, type Rec } from './hpa-behavior';
import { resourceReplicas, type HpaPod } from './hpa-replicas';
import { maxScaledDown, newRsReplicas, resolveFenceposts } from './rollout-math';

const S = 1e6;

describe('rolling update fenceposts (deployment_util.go ResolveFenceposts)', () => {
  it('rounds surge up and unavailable down: 10 replicas at 25 %/25 % → 3/2, 39 %/39 % → 4/3', () => {
    expect(resolveFenceposts({ maxSurge: '25%', maxUnavailable: '25%' }, 10)).toEqual({ maxSurge: 3, maxUnavailable: 2 });
    expect(resolveFenceposts({ maxSurge: '39%', maxUnavailable: '39%' }, 10)).toEqual({ maxSurge: 4, maxUnavailable: 3 });
  });
  it('forces maxUnavailable to 1 when both resolve to zero (1 replica at 0 %/25 % → 0/1; absolute 0/0 → 0/1)', () => {
    expect(resolveFenceposts({ maxSurge: '0%', maxUnavailable: '25%' }, 1)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(resolveFenceposts({ maxSurge: 0, maxUnavailable: 0 }, 5)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });
  it('takes absolute values as given (surge 2, unavailable 0 on 3 replicas)', () => {
    expect(resolveFenceposts({ maxSurge: 2, maxUnavailable: 0 }, 3)).toEqual({ maxSurge: 2, maxUnavailable: 0 });
  });
  it('scales the new RS up to replicas + surge minus existing pods: 10 old, 25 % → new RS gets 3', () => {
    expect(newRsReplicas(10, { maxSurge: '25%', maxUnavailable: '25%' }, 10, 0)).toBe(3);
    expect(newRsReplicas(10, { maxSurge: '25%', maxUnavailable: '25%' }, 13, 3)).toBe(3);
  });
  it('allows old RSs to lose allPods − minAvailable − unavailable new pods: 13 pods, min 8, 3 new unavailable → 2', () => {
    expect(maxScaledDown(10, { maxSurge: '25%', maxUnavailable: '25%' }, 13, 3, 0)).toBe(2);
  });
});

const pod = (name: string, usage: number | undefined, extra: Partial<HpaPod> = {}): HpaPod =>
  ({ name, phase: 'Running', deleting: false, request: 1000, usage, unreadyForCpu: false, ...extra });

describe('HPA replica calculation (replica_calculator.go)', () => {
  it('scales 3 pods at 100 % of a 50 % target to ceil(2 × 3) = 6', () => {
    const r = resourceReplicas(3, 50, [pod('a', 1000), pod('b', 1000), pod('c', 1000)]);
    expect(r).toMatchObject({ replicas: 6, utilization: 100 });
  });
  it('keeps the count within the 0.1 tolerance (54 % against 50 % → ratio 1.08)', () => {
    expect(resourceReplicas(3, 50, [pod('a', 540), pod('b', 540), pod('c', 540)]).replicas).toBe(3);
  });
  it('counts unready pods as 0 % on scale-up: 3 pods, 1 unready, ready pods at 2× target → 4, not 6', () => {
    const r = resourceReplicas(3, 50, [pod('a', 1000), pod('b', 1000), pod('c', 1000, { unreadyForCpu: true })]);
    expect(r.replicas).toBe(4);
    expect(r.unready).toEqual(['c']);
  });
  it('counts missing pods as 100 % on scale-down and never flips direction', () => {
    // ready pods at 10 % of request, target 50 % → ratio 0.2; missing pod at 100 % → (10+10+100)/3 = 40 % → ratio 0.8 → ceil(0.8×3) = 3
    const r = resourceReplicas(3, 50, [pod('a', 100), pod('b', 100), pod('c', undefined)]);
    expect(r.missing).toEqual(['c']);
    expect(r.replicas).toBe(3);
    const r2 = resourceReplicas(4, 50, [pod('a', 100), pod('b', 100), pod('c', 100), pod('d', undefined)]);
    // (10+10+10+100)/4 = 32 % → 0.65 → ceil(0.65 × 4) = 3
    expect(r2.replicas).toBe(3);
  });
  it('counts missing pods as 0 % on scale-up', () => {
    // ready at 200 %, target 50 → ratio 4; with missing at 0: (200+200+0)/3 = 133 % → 2.66 → ceil(2.66×3) = 8
    expect(resourceReplicas(3, 50, [pod('a', 2000), pod('b', 2000), pod('c', undefined)]).replicas).toBe(8);
  });
  it('treats Pending pods as unready and ignores Failed or deleting pods', () => {
    const r = resourceReplicas(4, 50, [pod('a', 500), pod('p', undefined, { phase: 'Pending' }), pod('f', undefined, { phase: 'Failed' }), pod('d', 0, { deleting: true })]);
    expect(r).toMatchObject({ unready: ['p'], ignored: ['f', 'd'], replicas: 4 });
  });
  it('reports a pod without a cpu request as an error', () => {
    expect(resourceReplicas(1, 50, [pod('a', 10, { request: undefined })]).error).toBe('missing request for cpu in pod a');
  });
});

describe('HPA behavior (horizontal.go)', () => {
  it('defaults scale-up to max(4 pods, 100 %) per 15 s: from 2 → 6, from 10 → 20', () => {
    expect(scaleUpLimit(2, [], defaultScaleUp(), 100 * S)).toBe(6);
    expect(scaleUpLimit(10, [], defaultScaleUp(), 100 * S)).toBe(20);
  });
  it('counts scale events within the period: after +4 five seconds ago, the limit from 6 is still 6', () => {
    expect(scaleUpLimit(6, [{ change: 4, atUs: 95 * S }], defaultScaleUp(), 100 * S)).toBe(6);
    expect(scaleUpLimit(6, [{ change: 4, atUs: 80 * S }], defaultScaleUp(), 100 * S)).toBe(12);
  });
  it('defaults scale-down to 100 % per 15 s (limit 0) and Percent rounds down', () => {
    expect(scaleDownLimit(10, [], defaultScaleDown(), 0)).toBe(0);
    expect(scaleDownLimit(5, [], { stabilizationWindowSec: 0, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 50, periodSec: 60 }] }, 0)).toBe(2);
  });
  it('holds a scale-down for the 300 s window at the highest recent recommendation', () => {
    const h: Rec[] = [{ replicas: 8, atUs: 10 * S }, { replicas: 5, atUs: 100 * S }];
    expect(stabilize(h, 2, 8, 0, 300, 200 * S).replicas).toBe(8);
    const h2: Rec[] = [{ replicas: 8, atUs: 10 * S }];
    expect(stabilize(h2, 2, 8, 0, 300, 320 * S).replicas).toBe(2);
  });
  it('clamps to maxReplicas with reason TooManyReplicas and to the rate with ScaleUpLimit', () => {
    const base = { min: 1, nowUs: 1000 * S, scaleUp: defaultScaleUp(), scaleDown: defaultScaleDown(), downWindowSec: 300, events: [] };
    expect(normalizeReplicas({ ...base, current: 2, desired: 20, max: 10, history: [] })).toMatchObject({ replicas: 6, limitedReason: 'ScaleUpLimit' });
    expect(normalizeReplicas({ ...base, current: 8, desired: 20, max: 10, history: [] })).toMatchObject({ replicas: 10, limitedReason: 'TooManyReplicas' });
  });
  it('uses the legacy limit max(2 × current, 4) without a behavior section', () => {
    const r = normalizeReplicas({ current: 1, desired: 9, min: 1, max: 10, nowUs: 0, scaleUp: null, scaleDown: null, downWindowSec: 300, history: [], events: [] });
    expect(r).toMatchObject({ replicas: 4, limitedReason: 'ScaleUpLimit' });
  });
});
