/**
 * HPA normalisation (pkg/controller/podautoscaler/horizontal.go; refs/kubernetes.md §2.2):
 * stabilization over the recommendation history (scale-down: max within the down window;
 * scale-up: min within the up window), then rate limits from the behavior policies
 * (periodStart = current − scale-ups in period + scale-downs in period; Pods/Percent; select
 * Max/Min/Disabled), then min/max clamping, with the reason recorded.
 * Without `behavior`: the legacy path — down-stabilization only, scale-up limit max(2·current, 4).
 */
import type { ScalingRules } from '../workload-types';

export interface Rec { replicas: number; atUs: number }
export interface ScaleEvent { change: number; atUs: number }

export interface Normalized { replicas: number; stabilized: number; ableReason: string; limitedReason: string }

function changeInPeriod(events: readonly ScaleEvent[], periodSec: number, nowUs: number, sign: 1 | -1): number {
  const cutoff = nowUs - periodSec * 1e6;
  let sum = 0;
  for (const e of events) if (e.atUs > cutoff && Math.sign(e.change) === sign) sum += Math.abs(e.change);
  return sum;
}

export function scaleUpLimit(current: number, events: readonly ScaleEvent[], rules: ScalingRules, nowUs: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  let result = rules.selectPolicy === 'Min' ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  for (const p of rules.policies) {
    const start = current - changeInPeriod(events, p.periodSec, nowUs, 1) + changeInPeriod(events, p.periodSec, nowUs, -1);
    const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
    result = rules.selectPolicy === 'Min' ? Math.min(result, proposed) : Math.max(result, proposed);
  }
  return result;
}

export function scaleDownLimit(current: number, events: readonly ScaleEvent[], rules: ScalingRules, nowUs: number): number {
  if (rules.selectPolicy === 'Disabled') return current;
  let result = rules.selectPolicy === 'Min' ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  for (const p of rules.policies) {
    const start = current - changeInPeriod(events, p.periodSec, nowUs, 1) + changeInPeriod(events, p.periodSec, nowUs, -1);
    const proposed = p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
    result = rules.selectPolicy === 'Min' ? Math.max(result, proposed) : Math.min(result, proposed);
  }
  return result;
}

/** stabilizeRecommendationWithBehaviors; records the new proposal in `history` (mutated). */
export function stabilize(history: Rec[], desired: number, current: number, upWindowSec: number, downWindowSec: number, nowUs: number): { replicas: number; reason: string } {
  const upCutoff = nowUs - upWindowSec * 1e6;
  const downCutoff = nowUs - downWindowSec * 1e6;
  let up = desired;
  let down = desired;
  let oldIndex = -1;
  history.forEach((r, i) => {
    if (r.atUs > upCutoff) up = Math.min(up, r.replicas);
    if (r.atUs > downCutoff) down = Math.max(down, r.replicas);
    if (r.atUs < upCutoff && r.atUs < downCutoff) oldIndex = i;
  });
  let rec = current;
  if (rec < up) rec = up;
  if (rec > down) rec = down;
  if (oldIndex >= 0) history[oldIndex] = { replicas: desired, atUs: nowUs };
  else history.push({ replicas: desired, atUs: nowUs });
  return { replicas: rec, reason: desired >= current ? 'ScaleUpStabilized' : 'ScaleDownStabilized' };
}

export interface NormalizeArgs {
  current: number; desired: number; min: number; max: number; nowUs: number;
  scaleUp: ScalingRules | null; scaleDown: ScalingRules | null; downWindowSec: number;
  history: Rec[]; events: ScaleEvent[];
}

function limitRate(a: NormalizeArgs, stabilized: number): { replicas: number; reason: string } {
  if (stabilized > a.current) {
    let upLimit = scaleUpLimit(a.current, a.events, a.scaleUp!, a.nowUs);
    if (upLimit < a.current) upLimit = a.current;
    const maxAllowed = Math.min(a.max, upLimit);
    const reason = a.max > upLimit ? 'ScaleUpLimit' : 'TooManyReplicas';
    if (stabilized > maxAllowed) return { replicas: maxAllowed, reason };
  } else if (stabilized < a.current) {
    let downLimit = scaleDownLimit(a.current, a.events, a.scaleDown!, a.nowUs);
    if (downLimit > a.current) downLimit = a.current;
    const minAllowed = Math.max(a.min, downLimit);
    const reason = a.min < downLimit ? 'ScaleDownLimit' : 'TooFewReplicas';
    if (stabilized < minAllowed) return { replicas: minAllowed, reason };
  }
  return { replicas: stabilized, reason: 'DesiredWithinRange' };
}

/** Legacy stabilizeRecommendation + convertDesiredReplicasWithRules (no `behavior` in the HPA). */
function normalizeLegacy(a: NormalizeArgs): Normalized {
  const cutoff = a.nowUs - a.downWindowSec * 1e6;
  let maxRec = a.desired;
  let oldIndex = -1;
  a.history.forEach((r, i) => {
    if (r.atUs < cutoff) oldIndex = i;
    else if (r.replicas > maxRec) maxRec = r.replicas;
  });
  if (oldIndex >= 0) a.history[oldIndex] = { replicas: a.desired, atUs: a.nowUs };
  else a.history.push({ replicas: a.desired, atUs: a.nowUs });
  const upLimit = Math.max(2 * a.current, 4);
  const maxAllowed = a.max > upLimit ? upLimit : a.max;
  const upReason = a.max > upLimit ? 'ScaleUpLimit' : 'TooManyReplicas';
  const ableReason = maxRec !== a.desired ? 'ScaleDownStabilized' : 'ReadyForNewScale';
  if (maxRec < a.min) return { replicas: a.min, stabilized: maxRec, ableReason, limitedReason: 'TooFewReplicas' };
  if (maxRec > maxAllowed) return { replicas: maxAllowed, stabilized: maxRec, ableReason, limitedReason: upReason };
  return { replicas: maxRec, stabilized: maxRec, ableReason, limitedReason: 'DesiredWithinRange' };
}

export function normalizeReplicas(a: NormalizeArgs): Normalized {
  if (!a.scaleUp || !a.scaleDown) return normalizeLegacy(a);
  const st = stabilize(a.history, a.desired, a.current, a.scaleUp.stabilizationWindowSec, a.scaleDown.stabilizationWindowSec, a.nowUs);
  const ableReason = st.replicas !== a.desired ? st.reason : 'ReadyForNewScale';
  const lim = limitRate(a, st.replicas);
  return { replicas: lim.replicas, stabilized: st.replicas, ableReason, limitedReason: lim.reason };
}
