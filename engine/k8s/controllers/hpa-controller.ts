/**
 * HorizontalPodAutoscaler controller loop (pkg/controller/podautoscaler/horizontal.go): every sync
 * period (15 s) read the target's replicas and its pods' metrics, compute each metric's proposal
 * (replica calculator), take the largest, then stabilise/rate-limit/clamp and scale the target.
 * Nothing happens while the target has 0 replicas. groupPods' cpu readiness rule decides which
 * samples count (cpu-initialization-period 300 s, initial-readiness-delay 30 s).
 */
import { nowUs, objKey, podKey, recordEvent, requestReconcile, type ClusterState } from '../cluster/state';
import { matchLabelSelector } from '../selectors';
import type { Pod } from '../types';
import type { Hpa, MetricTarget } from '../workload-types';
import { normalizeReplicas } from './hpa-behavior';
import { resourceReplicas, type HpaPod, type ReplicaCalc } from './hpa-replicas';

type Scalable = { replicas: number; selector: import('../types').LabelSelector; meta: { namespace: string; name: string } };

function target(s: ClusterState, h: Hpa): Scalable | null {
  const o = s.objects.get(objKey(h.targetKind, h.meta.namespace, h.targetName));
  return o && (o.kind === 'Deployment' || o.kind === 'ReplicaSet' || o.kind === 'StatefulSet') ? o : null;
}

function unreadyForCpu(s: ClusterState, p: Pod, sampleUs: number): boolean {
  const c = s.config.hpa;
  const start = p.status.startUs;
  const transition = p.status.readyTransitionUs;
  if (start === null || transition === null) return true;
  if (start + c.cpuInitializationPeriodSec * 1e6 > nowUs(s)) return !p.status.ready || sampleUs < transition + c.metricWindowSec * 1e6;
  return !p.status.ready && start + c.initialReadinessDelaySec * 1e6 > transition;
}

function hpaPods(s: ClusterState, pods: Pod[], resource: string): HpaPod[] {
  return pods.map((p) => {
    const m = s.metrics.get(podKey(p.meta.namespace, p.meta.name));
    const missing = p.spec.containers.some((c) => c.requests[resource] === undefined);
    return {
      name: p.meta.name, phase: p.status.phase, deleting: p.meta.deletionUs !== null,
      request: missing ? undefined : p.spec.containers.reduce((a, c) => a + c.requests[resource]!, 0),
      usage: m?.cpuMilli, unreadyForCpu: m ? unreadyForCpu(s, p, m.atUs) : false,
    };
  });
}

function proposal(s: ClusterState, m: MetricTarget, current: number, pods: Pod[]): ReplicaCalc {
  const list = hpaPods(s, pods, m.type === 'Resource' ? m.resource : 'cpu');
  if (m.type === 'Resource' && m.targetType === 'Utilization') return resourceReplicas(current, m.averageUtilization, list, s.config.hpa.tolerance);
  // AverageValue (Resource or Pods): utilization of the per-pod target, i.e. ratio = average / target.
  const asUtil = list.map((p) => ({ ...p, request: m.averageValue }));
  return resourceReplicas(current, 100, asUtil, s.config.hpa.tolerance);
}

export function syncHpa(s: ClusterState, h: Hpa): void {
  const t = target(s, h);
  if (!t) { h.status.message = `the HPA was unable to get the target's current scale: ${h.targetKind} "${h.targetName}" not found`; return; }
  const current = t.replicas;
  const pods = [...s.pods.values()].filter((p) => p.meta.namespace === t.meta.namespace && matchLabelSelector(t.selector, p.meta.labels));
  h.status.currentReplicas = current;
  if (current === 0 && h.minReplicas !== 0) { h.status.ableToScaleReason = 'ScalingDisabled'; h.status.message = 'scaling is disabled since the replica count of the target is zero'; return; }
  let desired: number;
  let metricDesired = -1;
  if (current > h.maxReplicas) { desired = h.maxReplicas; h.status.limitedReason = 'TooManyReplicas'; }
  else if (current < h.minReplicas) { desired = h.minReplicas; h.status.limitedReason = 'TooFewReplicas'; }
  else {
    const calcs = h.metrics.map((m) => proposal(s, m, current, pods));
    const ok = calcs.filter((c) => !c.error);
    const first = calcs[0]!;
    h.status.currentMetric = first.error ? null : first.utilization;
    h.status.podGroups = { ready: first.readyPodCount, unready: first.unready, missing: first.missing, ignored: first.ignored };
    h.status.message = calcs.find((c) => c.error)?.error ?? '';
    if (ok.length === 0) return;
    metricDesired = Math.max(...ok.map((c) => c.replicas));
    if (ok.length < calcs.length && metricDesired < current) metricDesired = current;
    const n = normalizeReplicas({ current, desired: metricDesired, min: h.minReplicas, max: h.maxReplicas, nowUs: nowUs(s), scaleUp: h.scaleUp, scaleDown: h.scaleDown, downWindowSec: s.config.hpa.downscaleStabilizationSec, history: h.recommendations, events: h.scaleEvents });
    desired = n.replicas;
    Object.assign(h.status, { recommendation: metricDesired, stabilized: n.stabilized, ableToScaleReason: n.ableReason, limitedReason: n.limitedReason });
  }
  h.status.desiredReplicas = desired;
  if (desired !== current) {
    t.replicas = desired;
    h.scaleEvents.push({ change: desired - current, atUs: nowUs(s) });
    h.scaleEvents = h.scaleEvents.filter((e) => e.atUs > nowUs(s) - 1800e6);
    h.status.lastScaleUs = nowUs(s);
    recordEvent(s, 'Normal', 'SuccessfulRescale', `horizontalpodautoscaler/${h.meta.name}`, `New size: ${desired}; reason: ${metricDesired > current || desired > current ? 'cpu resource utilization (percentage of request) above target' : 'All metrics below target'}`);
    requestReconcile(s);
  }
}
