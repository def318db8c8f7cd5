/**
 * The `k8s` scenario kind: a simulated Kubernetes cluster driven by real manifests. Nodes come from
 * params, manifests are applied at t = 0, then kubectl-like commands change it; the control plane
 * (scheduler, controllers, node lifecycle, HPA) and the kubelets run as events on one queue.
 * Sources: ../shared/refs/kubernetes.md (upstream paths per file header). Time: µs in the kernel.
 */
import { createEventQueue } from '../core/event-queue';
import type { Model, ModelDefinition, ScenarioJson } from '../core/model';
import { addNode, applyYaml } from './cluster/apply';
import { readConfig } from './cluster/config';
import { createSchedulerContext } from './cluster/scheduling';
import { handleEvent } from './cluster/step';
import type { ClusterState, SimEvent } from './cluster/state';
import { applyCommand, checkK8sCommand, COMMAND_DOCS } from './commands';
import { makeNode } from './defaults';
import { imageOf } from './kubelet/images';
import { createK8sSeries, recordSample } from './series';
import { buildSnapshot } from './snapshot';
import { K8S_EXAMPLE } from './example';

function createState(params: unknown, path: string, rng: import('../core/rng').Rng): ClusterState {
  const config = readConfig(params, path);
  let state: ClusterState | null = null;
  const s: ClusterState = {
    config, queue: createEventQueue<SimEvent>(), rng: rng.stream('k8s-names'), nextUid: 1, nodes: new Map(), pods: new Map(), podsByUid: new Map(),
    objects: new Map(), cache: null as never, scheduler: createSchedulerContext(config.profile, rng.stream('k8s-scheduler'), () => state!),
    events: [], explanations: [], applyResults: [], metrics: new Map(), metricOverrides: new Map(),
    traffic: new Map(config.traffic.map((t) => [t.service, t])), probeOverrides: new Map(), reconcileQueued: false, futureReconciles: new Set(), mutations: 0,
    schedulingAttempts: new Map(), nodeIndex: 0,
  };
  s.cache = s.scheduler.cache;
  state = s;
  for (const n of config.nodes) {
    const node = makeNode(n.name, { cpu: n.cpuMilli, memory: n.memoryBytes, pods: n.pods });
    Object.assign(node.meta.labels, n.labels);
    node.taints = n.taints.map((t) => ({ ...t }));
    for (const img of n.images) {
      const im = imageOf(s, img);
      node.layers.push(...im.layers.map((l) => l.digest));
      node.images.push({ name: img, sizeBytes: im.layers.reduce((a, l) => a + l.sizeBytes, 0) });
    }
    addNode(s, node);
  }
  config.manifests.forEach((text, i) => applyYaml(s, text, `${path}.manifests[${i}]`));
  s.queue.schedule(0, { type: 'nodeMonitor' }, 4);
  s.queue.schedule(0, { type: 'metrics' }, 5);
  s.queue.schedule(Math.round(config.hpa.syncPeriodSec * 1e6), { type: 'hpaSync' }, 6);
  return s;
}

export const k8sModel: ModelDefinition = {
  kind: 'k8s',
  title: 'Kubernetes cluster',
  summary: 'Apply real manifests to a simulated cluster and see why the scheduler, controllers, kubelet and HPA do what they do.',
  commands: COMMAND_DOCS,
  checkCommand: (command, path) => checkK8sCommand(command, path),
  example: K8S_EXAMPLE as ScenarioJson,
  init(params, ctx): Model {
    const s = createState(params, ctx.path, ctx.rng);
    const series = createK8sSeries();
    const sampleUs = Math.round(s.config.sampleEverySec * 1e6);
    let nextSampleUs = 0;
    const advanceTo = (tUs: number): void => {
      while (nextSampleUs <= tUs) {
        s.queue.runUntil(nextSampleUs, (e) => handleEvent(s, e));
        recordSample(s, series);
        nextSampleUs += sampleUs;
      }
      s.queue.runUntil(tUs, (e) => handleEvent(s, e));
    };
    return {
      advanceTo,
      apply: (command, path) => {
        applyCommand(s, command, path);
        s.queue.runUntil(s.queue.nowUs, (e) => handleEvent(s, e));
      },
      snapshot: () => buildSnapshot(s),
      series: () => series.bundle(),
    };
  },
};
