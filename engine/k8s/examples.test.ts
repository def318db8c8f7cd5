/**
 * Walks the upstream example manifests in ../shared/data/k8s-examples (kubernetes/website,
 * CC BY 4.0; read only, never copied): every document must parse and apply, and the fields the
 * simulation does not model must be reported exactly.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pods, runTo, scenario, snap } from './test-helpers';

const DIR = fileURLToPath(new URL('../../../shared/data/k8s-examples', import.meta.url));
const present = existsSync(DIR);
if (!present) console.warn(`k8s examples: ${DIR} is absent — skipping the upstream manifest walk`);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : f.endsWith('.yaml') ? [p] : [];
  }).sort();
}

/** What each file is expected to report as not simulated (field paths with the line they sit on). */
const NOT_SIMULATED: Record<string, string[]> = {
  'application/web/web.yaml': ['spec.template.spec.containers[0].volumeMounts (line 37)'],
  'controllers/daemonset.yaml': ['spec.template.spec.containers[0].volumeMounts (line 30)', 'spec.template.spec.volumes[0].hostPath (line 39)', 'spec.template.spec.volumes[1].hostPath (line 42)'],
  'controllers/job.yaml': ['spec.template.spec.containers[0].command (line 11)'],
  'pods/config/redis-pod.yaml': ['spec.containers[0].env (line 10)', 'spec.containers[0].volumeMounts (line 18)', 'spec.containers[0].args (line 23)', 'spec.volumes[0].emptyDir (line 26)', 'spec.volumes[1].configMap (line 29)'],
  'pods/init-containers.yaml': ['spec.containers[0].volumeMounts (line 15)', 'spec.initContainers[0].command (line 24)', 'spec.initContainers[0].volumeMounts (line 30)', 'spec.dnsPolicy (line 35)', 'spec.volumes[0].emptyDir (line 38)'],
  'pods/probe/exec-liveness.yaml': ['spec.containers[0].args (line 15)'],
  'pods/resource/memory-request-limit-2.yaml': ['spec.containers[0].command (line 21)', 'spec.containers[0].args (line 24)'],
  'pods/storage/pv-pod.yaml': ['spec.containers[0].volumeMounts (line 13)'],
  'pods/storage/pv-volume.yaml': ['spec.hostPath (line 13)'],
};

/** Namespaces the upstream tutorials create first (`kubectl create namespace …`). */
const NAMESPACE: Record<string, string> = { 'pods/qos/qos-pod.yaml': 'qos-example', 'pods/resource/memory-request-limit-2.yaml': 'mem-example' };

// memory-request-limit-2.yaml is the OOMKilled tutorial: the 250M allocation lives in `args`, which is
// reported as not simulated, so the pod runs; an image behaviour { exitAfterSec, exitCode: 137 } reproduces it.

/** Pods that are expected to stay Pending, and why (a precise, upstream-faithful outcome). */
const PENDING: Record<string, string> = {
  'pods/pod-nginx.yaml': 'nodeSelector disktype=ssd: no node carries that label',
  'pods/pod-nginx-required-affinity.yaml': 'required node affinity disktype In [ssd]',
  'pods/pod-with-pod-affinity.yaml': 'required pod affinity to security=S1 in a zone: no such pod exists',
  'pods/storage/pv-pod.yaml': 'its PersistentVolumeClaim task-pv-claim is not in this file',
  'pods/topology-spread-constraints/one-constraint.yaml': 'the nodes carry no zone label (missing required label)',
};

describe.skipIf(!present)('upstream example manifests (../shared/data/k8s-examples)', () => {
  const files = present ? yamlFiles(DIR) : [];
  it('rejects a namespaced object whose namespace does not exist, as the API server does', () => {
    const text = readFileSync(join(DIR, 'pods/qos/qos-pod.yaml'), 'utf8');
    expect(() => runTo(scenario({ manifests: [text] }), 1)).toThrow('params.manifests[0]: document 1 (Pod "qos-demo"): namespaces "qos-example" not found');
  });
  it('finds the 31 documented files', () => {
    expect(files).toHaveLength(31);
  });
  for (const file of files) {
    const rel = relative(DIR, file);
    it(`${rel} applies and reports exactly what is not simulated`, () => {
      const ns = NAMESPACE[rel] ? [`apiVersion: v1\nkind: Namespace\nmetadata: { name: ${NAMESPACE[rel]} }\n`] : [];
      const sc = scenario({ nodes: [{ count: 3, cpu: '4', memory: '8Gi' }], manifests: [...ns, readFileSync(file, 'utf8')] }, [], 60);
      const run = runTo(sc, 60);
      const results = snap<{ applyResults: Array<{ object: string; action: string; notSimulated: string[] }> }>(run).applyResults.slice(ns.length);
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) expect(r.action).toBe('created');
      expect(results.flatMap((r) => r.notSimulated)).toEqual(NOT_SIMULATED[rel] ?? []);
      for (const p of pods(run)) {
        if (PENDING[rel]) expect(p.status, `${p.name}: ${PENDING[rel]}`).toBe('Pending');
        else expect(['Running', 'Completed', 'ContainerCreating'], `${rel} ${p.name} is ${p.status}`).toContain(p.status);
      }
    });
  }
});
