/**
 * Readers for selectors, affinity, tolerations and spread constraints in manifests
 * (core/v1 NodeSelector, metav1.LabelSelector, Affinity, Toleration, TopologySpreadConstraint).
 */
import { emptyAffinity } from '../defaults';
import type { Affinity, LabelSelector, NodeSelectorRequirement, NodeSelectorTerm, PodAffinityTerm, Toleration, TopologySpreadConstraint } from '../types';
import { at, fail, int, list, obj, oneOf, present, str, stringMap, type Cursor } from './cursor';

const LABEL_OPS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
const NODE_OPS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const;

function strings(c: Cursor): string[] {
  return list(c).map((x) => str(x));
}

export function readLabelSelector(c: Cursor): LabelSelector | null {
  if (!obj(c)) return null;
  const matchExpressions = list(at(c, 'matchExpressions')).map((e) => ({
    key: str(at(e, 'key')), operator: oneOf(at(e, 'operator'), LABEL_OPS, 'In'), values: strings(at(e, 'values')),
  }));
  return { matchLabels: stringMap(at(c, 'matchLabels')), matchExpressions };
}

function readNodeRequirements(c: Cursor): NodeSelectorRequirement[] {
  return list(c).map((e) => {
    const r = { key: str(at(e, 'key')), operator: oneOf(at(e, 'operator'), NODE_OPS, 'In'), values: strings(at(e, 'values')) };
    if ((r.operator === 'In' || r.operator === 'NotIn') && r.values.length === 0) fail(at(e, 'values'), `must be non-empty for operator ${r.operator}`);
    return r;
  });
}

export function readNodeSelectorTerm(c: Cursor): NodeSelectorTerm {
  return { matchExpressions: readNodeRequirements(at(c, 'matchExpressions')), matchFields: readNodeRequirements(at(c, 'matchFields')) };
}

function readPodAffinityTerm(c: Cursor): PodAffinityTerm {
  return { labelSelector: readLabelSelector(at(c, 'labelSelector')), namespaces: strings(at(c, 'namespaces')), topologyKey: str(at(c, 'topologyKey')) };
}

const weight = (c: Cursor): number => int(at(c, 'weight'), 1, 1, 100);

function readPodAffinity(c: Cursor, a: Affinity, anti: boolean): void {
  if (!obj(c)) return;
  const required = list(at(c, 'requiredDuringSchedulingIgnoredDuringExecution')).map(readPodAffinityTerm);
  const preferred = list(at(c, 'preferredDuringSchedulingIgnoredDuringExecution')).map((p) => ({ weight: weight(p), term: readPodAffinityTerm(at(p, 'podAffinityTerm')) }));
  if (anti) { a.antiRequired = required; a.antiPreferred = preferred; } else { a.podRequired = required; a.podPreferred = preferred; }
}

export function readAffinity(c: Cursor): Affinity {
  const a = emptyAffinity();
  if (!obj(c)) return a;
  const na = at(c, 'nodeAffinity');
  if (obj(na)) {
    const req = at(na, 'requiredDuringSchedulingIgnoredDuringExecution');
    if (present(req)) {
      if (Array.isArray(req.value)) fail(req, 'must be an object with nodeSelectorTerms (a list here is rejected by the API server)');
      a.nodeRequired = list(at(req, 'nodeSelectorTerms')).map(readNodeSelectorTerm);
    }
    a.nodePreferred = list(at(na, 'preferredDuringSchedulingIgnoredDuringExecution')).map((p) => ({ weight: weight(p), preference: readNodeSelectorTerm(at(p, 'preference')) }));
  }
  readPodAffinity(at(c, 'podAffinity'), a, false);
  readPodAffinity(at(c, 'podAntiAffinity'), a, true);
  return a;
}

export function readToleration(c: Cursor): Toleration {
  const operator = oneOf(at(c, 'operator'), ['Equal', 'Exists'] as const, 'Equal');
  const key = str(at(c, 'key'), '');
  if (key === '' && operator !== 'Exists') fail(c, 'a toleration with an empty key must use operator Exists');
  const ts = at(c, 'tolerationSeconds');
  return {
    key, operator, value: str(at(c, 'value'), ''),
    effect: oneOf(at(c, 'effect'), ['NoSchedule', 'PreferNoSchedule', 'NoExecute', ''] as const, ''),
    tolerationSeconds: present(ts) ? int(ts, 0) : null,
  };
}

export function readSpread(c: Cursor): TopologySpreadConstraint {
  return {
    maxSkew: int(at(c, 'maxSkew'), 1, 1),
    topologyKey: str(at(c, 'topologyKey')),
    whenUnsatisfiable: oneOf(at(c, 'whenUnsatisfiable'), ['DoNotSchedule', 'ScheduleAnyway'] as const, 'DoNotSchedule'),
    labelSelector: readLabelSelector(at(c, 'labelSelector')),
    minDomains: int(at(c, 'minDomains'), 1, 1),
  };
}
