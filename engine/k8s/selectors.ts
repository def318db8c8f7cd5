/**
 * Matching rules shared by the scheduler and the controllers:
 * label selectors (apimachinery labels.Selector), node selector terms with In/NotIn/Exists/
 * DoesNotExist/Gt/Lt (component-helpers nodeaffinity), and taint tolerations
 * (core/v1 Toleration.ToleratesTaint). Sources: ../shared/refs/kubernetes.md §1.4.
 */
import type { LabelSelector, NodeSelectorRequirement, NodeSelectorTerm, Taint, Toleration } from './types';

type Labels = Readonly<Record<string, string>>;

export function matchRequirement(labels: Labels, key: string, operator: string, values: readonly string[]): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, key);
  const value = labels[key];
  switch (operator) {
    case 'In': return has && values.includes(value!);
    case 'NotIn': return !has || !values.includes(value!);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    case 'Gt': case 'Lt': {
      if (!has || values.length !== 1) return false;
      const lhs = Number.parseInt(value!, 10);
      const rhs = Number.parseInt(values[0]!, 10);
      if (!Number.isInteger(lhs) || !Number.isInteger(rhs) || String(lhs) !== value!.trim()) return false;
      return operator === 'Gt' ? lhs > rhs : lhs < rhs;
    }
    default: return false;
  }
}

/** A null selector matches nothing; an empty one matches everything. */
export function matchLabelSelector(selector: LabelSelector | null, labels: Labels): boolean {
  if (!selector) return false;
  for (const key in selector.matchLabels) if (labels[key] !== selector.matchLabels[key]) return false;
  for (const r of selector.matchExpressions) if (!matchRequirement(labels, r.key, r.operator, r.values)) return false;
  return true;
}

/** A term with no requirements matches nothing; `matchFields` supports only metadata.name. */
export function matchNodeSelectorTerm(term: NodeSelectorTerm, nodeName: string, labels: Labels): boolean {
  if (term.matchExpressions.length === 0 && term.matchFields.length === 0) return false;
  for (const r of term.matchExpressions) if (!matchRequirement(labels, r.key, r.operator, r.values)) return false;
  for (const r of term.matchFields) if (!matchField(r, nodeName)) return false;
  return true;
}

function matchField(r: NodeSelectorRequirement, nodeName: string): boolean {
  if (r.key !== 'metadata.name' || (r.operator !== 'In' && r.operator !== 'NotIn') || r.values.length !== 1) return false;
  return matchRequirement({ 'metadata.name': nodeName }, r.key, r.operator, r.values);
}

/** Terms are ORed. */
export function matchNodeSelectorTerms(terms: readonly NodeSelectorTerm[], nodeName: string, labels: Labels): boolean {
  return terms.some((t) => matchNodeSelectorTerm(t, nodeName, labels));
}

/** core/v1 ToleratesTaint: empty effect matches all; empty key + Exists matches every taint. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect !== '' && t.effect !== taint.effect) return false;
  if (t.key !== '' && t.key !== taint.key) return false;
  if (t.operator === 'Exists') return true;
  return t.value === taint.value;
}

export function tolerationsTolerate(tolerations: readonly Toleration[], taint: Taint): boolean {
  for (const t of tolerations) if (toleratesTaint(t, taint)) return true;
  return false;
}

export function labelsMatchMap(selector: Readonly<Record<string, string>>, labels: Labels): boolean {
  for (const key in selector) if (labels[key] !== selector[key]) return false;
  return true;
}
