/**
 * Reader for autoscaling/v2 HorizontalPodAutoscaler with the API defaults
 * (pkg/apis/autoscaling/v2/defaults.go; refs/kubernetes.md §2.2): minReplicas 1; no metrics →
 * cpu 80 % utilization; a present `behavior` gets its missing parts filled (scaleUp: window 0,
 * Max of {Pods 4 / 15 s, Percent 100 / 15 s}; scaleDown: window 300 s, Percent 100 / 15 s).
 * Without `behavior` the controller uses its legacy normalisation (kept as null here).
 */
import type { Hpa, MetricTarget, ScalingRules } from '../workload-types';
import { at, fail, int, list, obj, oneOf, present, quantity, str, type Cursor } from './cursor';
import { readMeta } from './read-meta';

function readMetric(c: Cursor): MetricTarget {
  const type = oneOf(at(c, 'type'), ['Resource', 'Pods', 'Object', 'External', 'ContainerResource'] as const, 'Resource');
  if (type === 'Resource') {
    const r = at(c, 'resource');
    const name = str(at(r, 'name'));
    const t = at(r, 'target');
    const tt = oneOf(at(t, 'type'), ['Utilization', 'AverageValue'] as const, 'Utilization');
    if (tt === 'Utilization') return { type, resource: name, targetType: tt, averageUtilization: int(at(t, 'averageUtilization'), 80, 1) };
    return { type, resource: name, targetType: tt, averageValue: quantity(at(t, 'averageValue'), name) };
  }
  if (type === 'Pods') {
    const p = at(c, 'pods');
    const t = at(p, 'target');
    oneOf(at(t, 'type'), ['AverageValue'] as const, 'AverageValue');
    return { type, metricName: str(at(at(p, 'metric'), 'name')), averageValue: quantity(at(t, 'averageValue'), 'cpu') };
  }
  return fail(at(c, 'type'), `not simulated: metric type ${type} (Resource and Pods metrics are)`);
}

export function defaultScaleUp(): ScalingRules {
  return { stabilizationWindowSec: 0, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 4, periodSec: 15 }, { type: 'Percent', value: 100, periodSec: 15 }] };
}
export function defaultScaleDown(): ScalingRules {
  return { stabilizationWindowSec: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSec: 15 }] };
}

function readRules(c: Cursor, defaults: ScalingRules): ScalingRules {
  if (!obj(c)) return defaults;
  const pc = at(c, 'policies');
  return {
    stabilizationWindowSec: int(at(c, 'stabilizationWindowSeconds'), defaults.stabilizationWindowSec, 0, 3600),
    selectPolicy: oneOf(at(c, 'selectPolicy'), ['Max', 'Min', 'Disabled'] as const, 'Max'),
    policies: present(pc) ? list(pc).map((p) => ({
      type: oneOf(at(p, 'type'), ['Pods', 'Percent'] as const, 'Pods'), value: int(at(p, 'value'), 1, 1), periodSec: int(at(p, 'periodSeconds'), 15, 1, 1800),
    })) : defaults.policies,
  };
}

export function readHpa(root: Cursor): Hpa {
  const meta = readMeta(root, true);
  const spec = at(root, 'spec');
  const ref = at(spec, 'scaleTargetRef');
  if (!obj(ref)) fail(ref, 'is required');
  at(ref, 'apiVersion');
  const minReplicas = int(at(spec, 'minReplicas'), 1, 0);
  const maxC = at(spec, 'maxReplicas');
  if (!present(maxC)) fail(maxC, 'is required');
  const maxReplicas = int(maxC, 1, Math.max(1, minReplicas));
  const mc = at(spec, 'metrics');
  const metrics = present(mc) ? list(mc).map(readMetric) : [{ type: 'Resource' as const, resource: 'cpu', targetType: 'Utilization' as const, averageUtilization: 80 }];
  const behavior = at(spec, 'behavior');
  const hasBehavior = obj(behavior) !== undefined;
  return {
    kind: 'HorizontalPodAutoscaler', meta, targetKind: oneOf(at(ref, 'kind'), ['Deployment', 'ReplicaSet', 'StatefulSet'] as const, 'Deployment'),
    targetName: str(at(ref, 'name')), minReplicas, maxReplicas, metrics,
    scaleUp: hasBehavior ? readRules(at(behavior, 'scaleUp'), defaultScaleUp()) : null,
    scaleDown: hasBehavior ? readRules(at(behavior, 'scaleDown'), defaultScaleDown()) : null,
    recommendations: [], scaleEvents: [],
    status: { currentReplicas: 0, desiredReplicas: 0, currentMetric: null, recommendation: null, stabilized: null, ableToScaleReason: '', limitedReason: '', message: '', lastScaleUs: null, podGroups: { ready: 0, unready: [], missing: [], ignored: [] } },
  };
}
