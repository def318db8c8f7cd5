/**
 * Readiness and liveness probes (core/v1 Probe; kubelet prober): first run at
 * start + initialDelaySeconds, then every periodSeconds. Readiness turns the container Ready after
 * successThreshold consecutive successes; liveness kills it (exit 137) after failureThreshold
 * consecutive failures, and the restart policy applies. A probe's result comes from the image
 * behaviour (`readyAfterSec`, `livenessFailsAfterSec` from container start) or from `setProbe`.
 * Simplification: the probe handler (httpGet/exec/tcpSocket) itself is not executed.
 */
import { nowUs, recordEvent, type ClusterState } from '../cluster/state';
import type { Container, Pod } from '../types';
import { behaviorOf, containerExited, kubeletTimer, updatePodReady } from './kubelet';

export function scheduleProbes(s: ClusterState, pod: Pod, i: number, spec: Container, startUs: number): void {
  if (spec.readinessProbe) kubeletTimer(s, pod, startUs + spec.readinessProbe.initialDelaySec * 1e6, 'probeReady', i);
  if (spec.livenessProbe) kubeletTimer(s, pod, startUs + spec.livenessProbe.initialDelaySec * 1e6, 'probeLive', i);
}

export function runProbe(s: ClusterState, pod: Pod, i: number, kind: 'probeReady' | 'probeLive'): void {
  const cs = pod.status.containers[i]!;
  if (cs.current.state !== 'running') return;
  const spec = pod.spec.containers.find((c) => c.name === cs.name)!;
  const probe = kind === 'probeReady' ? spec.readinessProbe! : spec.livenessProbe!;
  const sinceStartSec = (nowUs(s) - cs.current.startedUs) / 1e6;
  const b = behaviorOf(s, pod, cs);
  const override = s.probeOverrides.get(`${pod.meta.namespace}/${pod.meta.name}/${cs.name}`);
  if (kind === 'probeReady') {
    const ok = override?.ready ?? sinceStartSec >= b.readyAfterSec;
    cs.readinessSuccesses = ok ? cs.readinessSuccesses + 1 : 0;
    if (ok && cs.readinessSuccesses >= probe.successThreshold) cs.ready = true;
    if (!ok && cs.ready) {
      cs.ready = false;
      recordEvent(s, 'Warning', 'Unhealthy', `pod/${pod.meta.name}`, `Readiness probe failed for container ${cs.name}`);
    }
    updatePodReady(s, pod);
  } else {
    const ok = override?.live ?? (b.livenessFailsAfterSec === null || sinceStartSec < b.livenessFailsAfterSec);
    cs.livenessFailures = ok ? 0 : cs.livenessFailures + 1;
    if (!ok) recordEvent(s, 'Warning', 'Unhealthy', `pod/${pod.meta.name}`, `Liveness probe failed for container ${cs.name}`);
    if (cs.livenessFailures >= probe.failureThreshold) {
      recordEvent(s, 'Normal', 'Killing', `pod/${pod.meta.name}`, `Container ${cs.name} failed liveness probe, will be restarted`);
      containerExited(s, pod, i, 137, 'Error');
      return;
    }
  }
  kubeletTimer(s, pod, nowUs(s) + probe.periodSec * 1e6, kind, i);
}
