/**
 * The `k8s` snapshot: plain JSON of what views draw and lab checks read — nodes with capacity and
 * requests, pods with kubectl's STATUS column, workloads, Services with endpoints, HPAs with their
 * recommendation, recent events, scheduling explanation records and apply results.
 */
import type { Snapshot } from '../core/model';
import { nowSec, nowUs, type ClusterState } from './cluster/state';
import { resolveFenceposts } from './controllers/rollout-math';
import { deploymentReplicaSets } from './controllers/deployment';
import { podRequests } from './requests';
import type { Pod } from './types';

/** kubectl get pods STATUS (pkg/printers/internalversion printPod, abridged). */
export function podStatusText(p: Pod): string {
  if (p.meta.deletionUs !== null) return 'Terminating';
  if (p.status.phase === 'Succeeded') return 'Completed';
  if (!p.spec.nodeName) return 'Pending';
  const inits = p.status.containers.filter((c) => c.init);
  if (p.status.initIndex >= 0 && inits.length) {
    const cur = inits[p.status.initIndex]!;
    if (cur.current.state === 'waiting' && cur.current.reason === 'CrashLoopBackOff') return 'Init:CrashLoopBackOff';
    if (cur.current.state === 'terminated' && cur.current.exitCode !== 0) return 'Init:Error';
    return `Init:${p.status.initIndex}/${inits.length}`;
  }
  let reason = p.status.phase === 'Failed' ? 'Error' : p.status.phase as string;
  for (const c of p.status.containers) {
    if (c.init) continue;
    if (c.current.state === 'waiting' && c.current.reason) reason = c.current.reason;
    else if (c.current.state === 'terminated' && p.status.phase !== 'Running') reason = c.current.reason;
  }
  return reason;
}

function podView(s: ClusterState, p: Pod): Record<string, unknown> {
  const apps = p.status.containers.filter((c) => !c.init);
  const req = podRequests(p.spec);
  return {
    name: p.meta.name, namespace: p.meta.namespace, node: p.spec.nodeName || null, phase: p.status.phase, status: podStatusText(p),
    ready: `${apps.filter((c) => c.ready).length}/${apps.length}`, isReady: p.status.ready, restarts: apps.reduce((n, c) => n + c.restartCount, 0),
    ageSec: (nowUs(s) - p.meta.createdUs) / 1e6, ip: p.status.podIP || null, owner: p.meta.ownerKind ? `${p.meta.ownerKind}/${p.meta.ownerName}` : null,
    labels: p.meta.labels, scheduledReason: p.status.scheduledReason, requests: { cpuMilli: req.cpu ?? 0, memoryBytes: req.memory ?? 0 },
    cpuMilli: s.metrics.get(`${p.meta.namespace}/${p.meta.name}`)?.cpuMilli ?? null, images: p.spec.containers.map((c) => c.image),
    containers: p.status.containers.map((c) => ({ name: c.name, init: c.init, state: c.current.state, reason: c.current.state === 'waiting' ? c.current.reason : c.current.state === 'terminated' ? c.current.reason : '', ready: c.ready, restartCount: c.restartCount, backoffSec: c.backoffSec })),
  };
}

function workloads(s: ClusterState): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = { deployments: [], replicaSets: [], daemonSets: [], statefulSets: [], jobs: [], services: [], hpas: [], others: [] };
  for (const o of s.objects.values()) {
    const base = { name: o.meta.name, namespace: o.meta.namespace, ageSec: (nowUs(s) - o.meta.createdUs) / 1e6 };
    switch (o.kind) {
      case 'Deployment': {
        const f = resolveFenceposts(o.rolling, o.replicas);
        const rss = deploymentReplicaSets(s, o);
        out.deployments!.push({ ...base, ...o.status, desired: o.replicas, strategy: o.strategy, maxSurge: f.maxSurge, maxUnavailable: o.strategy === 'Recreate' ? o.replicas : Math.min(f.maxUnavailable, o.replicas), paused: o.paused, revision: rss.reduce((m, r) => Math.max(m, r.revision), 0), images: o.template.spec.containers.map((c) => c.image) });
        break;
      }
      case 'ReplicaSet': out.replicaSets!.push({ ...base, owner: o.meta.ownerName || null, revision: o.revision, desired: o.replicas, ...o.status, images: o.template.spec.containers.map((c) => c.image) }); break;
      case 'DaemonSet': out.daemonSets!.push({ ...base, ...o.status }); break;
      case 'StatefulSet': out.statefulSets!.push({ ...base, desired: o.replicas, ...o.status }); break;
      case 'Job': out.jobs!.push({ ...base, completions: o.completions, ...o.status }); break;
      case 'Service': out.services!.push({ ...base, type: o.type, clusterIP: o.clusterIP, selector: o.selector, ports: o.ports, endpoints: o.endpoints, readyEndpoints: o.endpoints.filter((e) => e.ready).length }); break;
      case 'HorizontalPodAutoscaler': {
        const m = o.metrics[0];
        out.hpas!.push({ ...base, target: `${o.targetKind}/${o.targetName}`, minReplicas: o.minReplicas, maxReplicas: o.maxReplicas, targetUtilization: m && m.type === 'Resource' && m.targetType === 'Utilization' ? m.averageUtilization : null, behavior: o.scaleUp !== null, ...o.status });
        break;
      }
      default: out.others!.push({ ...base, kind: o.kind, ...o.data });
    }
  }
  return out;
}

export function buildSnapshot(s: ClusterState): Snapshot {
  const pods = [...s.pods.values()];
  const nodes = [...s.nodes.values()].map((n) => {
    const info = s.scheduler.cache.get(n.meta.name);
    return {
      name: n.meta.name, ready: n.ready, up: n.up, unschedulable: n.unschedulable, labels: n.meta.labels, taints: n.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
      allocatable: { cpuMilli: n.allocatable.cpu ?? 0, memoryBytes: n.allocatable.memory ?? 0, pods: n.allocatable.pods ?? 110 },
      requested: { cpuMilli: info?.requested.cpu ?? 0, memoryBytes: info?.requested.memory ?? 0 }, podCount: info?.pods.length ?? 0, images: n.images.map((i) => i.name),
    };
  });
  const snap = {
    tSec: nowSec(s),
    counts: {
      nodes: nodes.length, nodesReady: nodes.filter((n) => n.ready === 'True').length, pods: pods.length,
      podsRunning: pods.filter((p) => p.status.phase === 'Running').length, podsPending: pods.filter((p) => p.status.phase === 'Pending').length,
      podsUnscheduled: pods.filter((p) => !p.spec.nodeName).length, podsReady: pods.filter((p) => p.status.ready).length,
    },
    nodes, pods: pods.map((p) => podView(s, p)), ...workloads(s),
    events: s.events.slice(-100), explanations: s.explanations, applyResults: s.applyResults.slice(-50),
  };
  return JSON.parse(JSON.stringify(snap)) as Snapshot;
}
