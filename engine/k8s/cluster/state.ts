/**
 * The simulated cluster's whole state as plain data plus the event queue: nodes, pods, other
 * objects, the scheduler cache, recorded Kubernetes events and scheduling explanations.
 * Simulation events are plain records (no closures) handled by cluster/step.ts.
 */
import type { EventQueue } from '../../core/event-queue';
import type { Rng } from '../../core/rng';
import type { Explanation } from '../scheduler/explanation';
import type { ClusterCache } from '../scheduler/node-info';
import type { SchedulerContext } from '../scheduler/schedule-one';
import type { Node, Pod } from '../types';
import type { SimpleObject, WorkloadObject } from '../workload-types';
import type { ClusterConfig } from './config';

export type SimEvent =
  | { type: 'reconcile' }
  | { type: 'nodeMonitor' }
  | { type: 'hpaSync' }
  | { type: 'metrics' }
  | { type: 'sample' }
  | { type: 'kubelet'; podUid: number; step: KubeletStep; container: number; gen: number }
  | { type: 'evict'; podUid: number; node: string };

export type KubeletStep = 'imagesReady' | 'initExit' | 'started' | 'probeReady' | 'probeLive' | 'exit' | 'restart' | 'terminated';

export interface KEvent { atSec: number; type: 'Normal' | 'Warning'; reason: string; object: string; message: string }

export interface ApplyResult { atSec: number; doc: number; object: string; action: string; notSimulated: string[] }

export interface ClusterState {
  config: ClusterConfig;
  queue: EventQueue<SimEvent>;
  rng: Rng;
  nextUid: number;
  nodes: Map<string, Node>;
  pods: Map<string, Pod>;
  podsByUid: Map<number, Pod>;
  objects: Map<string, WorkloadObject>;
  cache: ClusterCache;
  scheduler: SchedulerContext;
  events: KEvent[];
  explanations: Explanation[];
  applyResults: ApplyResult[];
  /** Per-pod cpu usage (millicores) last sampled by the metrics pipeline, with its time. */
  metrics: Map<string, { cpuMilli: number; atUs: number }>;
  /** Explicit per-pod cpu usage set by `setMetrics` (overrides the traffic model). */
  metricOverrides: Map<string, number>;
  traffic: Map<string, { requestsPerSec: number; cpuMilliPerRequest: number }>;
  /** Pod-level probe overrides from `setProbe`: container name → result. */
  probeOverrides: Map<string, { ready?: boolean; live?: boolean }>;
  reconcileQueued: boolean;
  /** Future reconcile wake-ups already queued (minReadySeconds, progress deadlines, back-offs). */
  futureReconciles: Set<number>;
  /** Bumped by every change controllers react to; the reconcile loop repeats until it settles. */
  mutations: number;
  schedulingAttempts: Map<number, number>;
  nodeIndex: number;
}

export const podKey = (namespace: string, name: string): string => `${namespace}/${name}`;
export const objKey = (kind: string, namespace: string, name: string): string => `${kind}/${namespace}/${name}`;
export const nowUs = (s: ClusterState): number => s.queue.nowUs;
export const nowSec = (s: ClusterState): number => s.queue.nowUs / 1e6;

export function newUid(s: ClusterState): number {
  return s.nextUid++;
}

export function recordEvent(s: ClusterState, type: KEvent['type'], reason: string, object: string, message: string): void {
  s.events.push({ atSec: nowSec(s), type, reason, object, message });
  if (s.events.length > s.config.eventLimit) s.events.splice(0, s.events.length - s.config.eventLimit);
}

/** Coalesces controller work: one reconcile pass per instant, however many changes caused it. */
export function requestReconcile(s: ClusterState, atUs = nowUs(s)): void {
  if (atUs <= nowUs(s)) {
    s.mutations++;
    if (s.reconcileQueued) return;
    s.reconcileQueued = true;
    s.queue.schedule(nowUs(s), { type: 'reconcile' }, 1);
    return;
  }
  if (s.futureReconciles.has(atUs)) return;
  s.futureReconciles.add(atUs);
  s.queue.schedule(atUs, { type: 'reconcile' }, 1);
}

export type OfKind<K extends WorkloadObject['kind']> = K extends SimpleObject['kind'] ? SimpleObject : Extract<WorkloadObject, { kind: K }>;

export function objectsOfKind<K extends WorkloadObject['kind']>(s: ClusterState, kind: K): Array<OfKind<K>> {
  const out: Array<OfKind<K>> = [];
  for (const o of s.objects.values()) if (o.kind === kind) out.push(o as OfKind<K>);
  return out;
}

const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** utilrand.String(5)-style suffix, from the seeded stream. */
export function randomSuffix(s: ClusterState, n = 5): string {
  let out = '';
  for (let i = 0; i < n; i++) out += SAFE[s.rng.int(SAFE.length)];
  return out;
}

/** rand.SafeEncodeString: each decimal digit mapped into the consonant-and-digit alphabet. */
export function safeEncode(text: string): string {
  let out = '';
  for (const ch of text) out += SAFE[ch.charCodeAt(0) % SAFE.length];
  return out;
}
