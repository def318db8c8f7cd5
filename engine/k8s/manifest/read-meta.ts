/**
 * Readers for object metadata and pod templates. Names follow RFC 1123 subdomain rules as the API
 * server validates them; a template's labels must satisfy its controller's selector.
 */
import { makeMeta } from '../defaults';
import { matchLabelSelector } from '../selectors';
import type { LabelSelector, ObjectMeta, PodSpec, PodTemplate } from '../types';
import { at, fail, obj, str, stringMap, type Cursor } from './cursor';
import { readPodSpec } from './read-pod-spec';
import { readLabelSelector } from './read-selectors';

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

export function readMeta(root: Cursor, namespaced: boolean): ObjectMeta {
  const m = at(root, 'metadata');
  if (!obj(m)) fail(m, 'is required (with a name)');
  const nameC = at(m, 'name');
  const name = str(nameC);
  if (name.length > 253 || !NAME.test(name)) fail(nameC, `"${name}" is not a valid name (lowercase letters, digits, "-" and ".", starting and ending alphanumeric)`);
  const meta = makeMeta(name, namespaced ? str(at(m, 'namespace'), 'default') : '', 0, 0);
  meta.labels = stringMap(at(m, 'labels'));
  meta.annotations = stringMap(at(m, 'annotations'));
  return meta;
}

export function readTemplate(c: Cursor, restartPolicies?: ReadonlyArray<PodSpec['restartPolicy']>): PodTemplate {
  if (!obj(c)) fail(c, 'is required');
  const m = at(c, 'metadata');
  return { labels: stringMap(at(m, 'labels')), annotations: stringMap(at(m, 'annotations')), spec: readPodSpec(at(c, 'spec'), restartPolicies) };
}

/** apps/v1 requires a selector that matches the template's labels. */
export function readWorkloadSelector(spec: Cursor, template: PodTemplate): LabelSelector {
  const selC = at(spec, 'selector');
  const selector = readLabelSelector(selC);
  if (!selector) fail(selC, 'is required in apps/v1');
  if (Object.keys(selector.matchLabels).length + selector.matchExpressions.length === 0) fail(selC, 'must not be empty');
  if (!matchLabelSelector(selector, template.labels)) fail(at(at(spec, 'template'), 'metadata'), '`selector` does not match template `labels`');
  return selector;
}
