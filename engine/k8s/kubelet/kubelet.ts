/**
 * The kubelet's pod lifecycle as explicit steps (refs/kubernetes.md §2.6): pull images → run init
 * containers one at a time → start app containers → readiness/liveness probes → exits and
 * restarts with back-off per restartPolicy → Succeeded/Failed; graceful stop on deletion.
 * Container behaviour (start time, readiness delay, exit, liveness failure) comes from the image's
 * behaviour params because the simulation does not run the container's program.
 * Simplification: a stopped container exits 1 s after SIGTERM (bounded by the grace period).
 */
import { nowUs, recordEvent, requestReconcile, type ClusterState, type KubeletStep } from '../cluster/state';
import type { ContainerStatus, Node, Pod } from '../types';
import { nextBackoff, restartDelaySec } from './backoff';
import { commitPulls, imageOf, planPulls } from './images';
import { scheduleProbes } from './probes';

const label = (p: Pod): string => `pod/${p.meta.name}`;

export function kubeletTimer(s: ClusterState, pod: Pod, atUs: number, step: KubeletStep, container = -1): void {
  s.queue.schedule(Math.max(atUs, nowUs(s)), { type: 'kubelet', podUid: pod.meta.uid, step, container, gen: pod.status.gen }, 2);
}

export function behaviorOf(s: ClusterState, pod: Pod, cs: ContainerStatus): { startSec: number; readyAfterSec: number; exitAfterSec: number | null; exitCode: number; livenessFailsAfterSec: number | null } {
  const b = imageOf(s, cs.image).behavior;
  const configured = s.config.images.has(cs.image);
  if (cs.init && b.exitAfterSec === null) return { ...b, exitAfterSec: 2 };
  if (!configured && pod.meta.ownerKind === 'Job') return { ...b, exitAfterSec: s.config.jobRunSec };
  return b;
}

export function startPodOnNode(s: ClusterState, pod: Pod, node: Node): void {
  pod.status.nodeLost = false;
  pod.status.startUs ??= nowUs(s);
  pod.status.podIP ||= `10.244.${[...s.nodes.keys()].indexOf(node.meta.name)}.${(pod.meta.uid % 250) + 2}`;
  const plan = planPulls(s, pod, node, nowUs(s));
  if (plan.neverPullMissing) {
    for (const cs of pod.status.containers) cs.current = { state: 'waiting', reason: 'ErrImageNeverPull' };
    recordEvent(s, 'Warning', 'ErrImageNeverPull', label(pod), `Container image "${plan.neverPullMissing}" is not present with pull policy of Never`);
    return;
  }
  if (plan.pulledBytes > 0) recordEvent(s, 'Normal', 'Pulling', label(pod), `Pulling ${(plan.pulledBytes / 2 ** 20).toFixed(0)} MiB of missing layers`);
  kubeletTimer(s, pod, plan.doneUs, 'imagesReady');
}

function startContainer(s: ClusterState, pod: Pod, i: number): void {
  const cs = pod.status.containers[i]!;
  cs.current = { state: 'waiting', reason: 'ContainerCreating' };
  kubeletTimer(s, pod, nowUs(s) + Math.round(behaviorOf(s, pod, cs).startSec * 1e6), 'started', i);
}

function startAppContainers(s: ClusterState, pod: Pod): void {
  pod.status.initIndex = -1;
  pod.status.containers.forEach((cs, i) => { if (!cs.init) startContainer(s, pod, i); });
}

function onImagesReady(s: ClusterState, pod: Pod): void {
  const node = s.nodes.get(pod.spec.nodeName);
  if (node) commitPulls(s, pod, node);
  if (pod.status.initIndex >= 0) startContainer(s, pod, pod.status.initIndex);
  else startAppContainers(s, pod);
}

function onStarted(s: ClusterState, pod: Pod, i: number): void {
  const cs = pod.status.containers[i]!;
  const t = nowUs(s);
  cs.current = { state: 'running', startedUs: t };
  cs.livenessFailures = 0;
  cs.readinessSuccesses = 0;
  const b = behaviorOf(s, pod, cs);
  if (cs.init) {
    kubeletTimer(s, pod, t + Math.round((b.exitAfterSec ?? 2) * 1e6), 'initExit', i);
    return;
  }
  if (pod.status.phase === 'Pending') pod.status.phase = 'Running';
  const spec = pod.spec.containers.find((c) => c.name === cs.name)!;
  cs.ready = spec.readinessProbe === null;
  if (b.exitAfterSec !== null) kubeletTimer(s, pod, t + Math.round(b.exitAfterSec * 1e6), 'exit', i);
  scheduleProbes(s, pod, i, spec, t);
  updatePodReady(s, pod);
}

export function updatePodReady(s: ClusterState, pod: Pod): void {
  const apps = pod.status.containers.filter((c) => !c.init);
  const ready = pod.meta.deletionUs === null && !pod.status.nodeLost && apps.length > 0 && apps.every((c) => c.ready && c.current.state === 'running');
  if (ready !== pod.status.ready) {
    pod.status.ready = ready;
    pod.status.readyTransitionUs = nowUs(s);
    requestReconcile(s);
  }
}

/** A container exited (program exit or liveness kill): restart per policy with back-off, or finish the pod. */
export function containerExited(s: ClusterState, pod: Pod, i: number, exitCode: number, reason: string): void {
  const cs = pod.status.containers[i]!;
  const t = nowUs(s);
  cs.current = { state: 'terminated', exitCode, reason, finishedUs: t };
  cs.ready = false;
  updatePodReady(s, pod);
  const policy = pod.spec.restartPolicy;
  const restart = cs.init ? (exitCode !== 0 && policy !== 'Never') : policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
  if (cs.init && exitCode === 0) {
    pod.status.initIndex = i + 1 < pod.spec.initContainers.length ? i + 1 : -1;
    if (pod.status.initIndex >= 0) startContainer(s, pod, pod.status.initIndex);
    else startAppContainers(s, pod);
    return;
  }
  if (restart) {
    const delay = restartDelaySec(cs, t);
    if (delay === 0) { cs.restartCount++; startContainer(s, pod, i); return; }
    cs.current = { state: 'waiting', reason: 'CrashLoopBackOff' };
    recordEvent(s, 'Warning', 'BackOff', label(pod), `Back-off ${delay}s restarting failed container ${cs.name}`);
    kubeletTimer(s, pod, t + delay * 1e6, 'restart', i);
    return;
  }
  finishIfDone(s, pod);
}

function finishIfDone(s: ClusterState, pod: Pod): void {
  const apps = pod.status.containers.filter((c) => !c.init);
  const initFailed = pod.status.containers.some((c) => c.init && c.current.state === 'terminated' && c.current.exitCode !== 0);
  if (!initFailed && !apps.every((c) => c.current.state === 'terminated')) return;
  const ok = !initFailed && apps.every((c) => c.current.state === 'terminated' && c.current.exitCode === 0);
  pod.status.phase = ok ? 'Succeeded' : 'Failed';
  requestReconcile(s);
}

export function stopPod(s: ClusterState, pod: Pod): void {
  pod.status.gen++;
  const stopUs = nowUs(s) + Math.min(1, pod.spec.terminationGracePeriodSec) * 1e6;
  kubeletTimer(s, pod, stopUs, 'terminated');
}

/** Node came back: containers of surviving pods start again (images are still on disk). */
export function restartPodAfterNodeRecovery(s: ClusterState, pod: Pod): void {
  pod.status.gen++;
  pod.status.nodeLost = false;
  for (const cs of pod.status.containers) if (!cs.init && cs.current.state === 'running') cs.restartCount++;
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return;
  onImagesReady(s, pod);
}

export function handleKubeletStep(s: ClusterState, pod: Pod, step: KubeletStep, i: number, onProbe: (kind: 'probeReady' | 'probeLive') => void): void {
  switch (step) {
    case 'imagesReady': onImagesReady(s, pod); break;
    case 'started': onStarted(s, pod, i); break;
    case 'initExit': containerExited(s, pod, i, behaviorOf(s, pod, pod.status.containers[i]!).exitCode, 'Completed'); break;
    case 'exit': {
      const code = behaviorOf(s, pod, pod.status.containers[i]!).exitCode;
      containerExited(s, pod, i, code, code === 0 ? 'Completed' : 'Error');
      break;
    }
    case 'restart': {
      const cs = pod.status.containers[i]!;
      nextBackoff(cs, nowUs(s));
      cs.restartCount++;
      startContainer(s, pod, i);
      break;
    }
    case 'probeReady': case 'probeLive': onProbe(step); break;
    case 'terminated': break;
  }
}
