import { describe, expect, it } from 'vitest';
import { isScenarioError } from '../../core/errors';
import type { Deployment } from '../workload-types';
import { readManifests } from './read-manifests';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        command: ["nginx"]
        resources:
          requests: { cpu: 250m, memory: 64Mi }
`;

function errorOf(fn: () => unknown): string {
  try { fn(); } catch (e) { if (isScenarioError(e)) return e.message; throw e; }
  return '';
}

describe('readManifests()', () => {
  it('reads a Deployment with defaults and quantities in millicores and bytes', () => {
    const [r] = readManifests(deployment, 'commands[0].yaml');
    const d = r!.object as Deployment;
    expect(d.replicas).toBe(3);
    expect(d.rolling).toEqual({ maxSurge: '25%', maxUnavailable: '25%' });
    expect(d.template.spec.containers[0]!.requests).toEqual({ cpu: 250, memory: 64 * 2 ** 20 });
  });
  it('lists unread fields as not simulated with their line', () => {
    const [r] = readManifests(deployment, 'x');
    expect(r!.notSimulated).toEqual(['spec.template.spec.containers[0].command (line 16)']);
  });
  it('reads multi-document flow-style KYAML', () => {
    const kyaml = `---\n{ apiVersion: "v1", kind: "Pod", metadata: { name: "a", }, spec: { containers: [{ name: "c", image: "busybox", }], }, }\n---\n{ apiVersion: "v1", kind: "Namespace", metadata: { name: "dev", }, }\n`;
    const rs = readManifests(kyaml, 'x');
    expect(rs.map((r) => r.label)).toEqual(['Pod/a', 'Namespace/dev']);
  });
  it('names document, line, column and field path in a value error', () => {
    const bad = deployment.replace('replicas: 3', 'replicas: three');
    expect(errorOf(() => readManifests(`---\n${deployment}---\n${bad}`, 'commands[2].yaml'))).toBe(
      'commands[2].yaml: document 2 (Deployment "web"), line 26, column 13: spec.replicas: must be an integer, got "three"');
  });
  it('rejects a bad quantity with its field path', () => {
    expect(errorOf(() => readManifests(deployment.replace('250m', '250 millicores'), 'p'))).toContain('spec.template.spec.containers[0].resources.requests.cpu: is not a valid quantity');
  });
  it('reports YAML syntax errors with document and line', () => {
    expect(errorOf(() => readManifests('a: 1\n---\nb: [1,\n', 'p'))).toMatch(/^p: document 2, line \d+, column \d+: YAML syntax error/);
  });
  it('reports an unknown kind as not simulated instead of failing', () => {
    const [r] = readManifests('apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: x }\n', 'p');
    expect(r!.object).toBeNull();
    expect(r!.notSimulated[0]).toMatch(/^kind CronJob \(batch\/v1\): this kind is not simulated/);
  });
  it('rejects a selector that does not match the template labels', () => {
    expect(errorOf(() => readManifests(deployment.replace('labels: { app: web }', 'labels: { app: api }'), 'p'))).toContain('`selector` does not match template `labels`');
  });
});
