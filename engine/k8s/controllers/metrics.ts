/**
 * The metrics pipeline (metrics-server, resolution = the HPA metric window, default 15 s): each
 * scrape samples every running pod's cpu usage. Usage = the image's idle cpu + its share of the
 * Service traffic × cpu per request, capped at the pod's cpu limit (cgroup throttling) — or the
 * value set explicitly by `setMetrics`. kube-proxy spreads requests over the ready endpoints:
 * iptables mode picks each connection's backend at random (a multinomial draw from the seeded
 * RNG), IPVS round-robin splits them evenly (refs/kubernetes.md §2.7).
 * Simplification: one request = one connection; no session affinity.
 */
import { nowUs, objectsOfKind, podKey, type ClusterState } from '../cluster/state';
import { imageOf } from '../kubelet/images';
import type { Pod } from '../types';

/** Splits `n` requests over `k` backends: random per request (iptables) or evenly (ipvs). */
export function splitRequests(s: ClusterState, n: number, k: number): number[] {
  const out = new Array<number>(k).fill(0);
  if (k === 0) return out;
  if (s.config.proxyMode === 'ipvs') {
    for (let i = 0; i < k; i++) out[i] = Math.floor(n / k) + (i < n % k ? 1 : 0);
    return out;
  }
  let rest = n;
  for (let i = 0; i < k - 1; i++) {
    const p = 1 / (k - i);
    const mean = rest * p;
    const draw = rest <= 200 ? binomialExact(s, rest, p) : Math.round(mean + Math.sqrt(rest * p * (1 - p)) * s.rng.normal());
    out[i] = Math.min(rest, Math.max(0, draw));
    rest -= out[i]!;
  }
  out[k - 1] = rest;
  return out;
}

function binomialExact(s: ClusterState, n: number, p: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) if (s.rng.next() < p) c++;
  return c;
}

function cpuLimit(p: Pod): number {
  let sum = 0;
  for (const c of p.spec.containers) {
    if (c.limits.cpu === undefined) return Infinity;
    sum += c.limits.cpu;
  }
  return sum;
}

export function scrapeMetrics(s: ClusterState): void {
  const t = nowUs(s);
  const windowSec = s.config.hpa.metricWindowSec;
  const trafficCpu = new Map<string, number>();
  for (const svc of objectsOfKind(s, 'Service')) {
    const tr = s.traffic.get(`${svc.meta.namespace}/${svc.meta.name}`) ?? s.traffic.get(svc.meta.name);
    if (!tr) continue;
    const ready = svc.endpoints.filter((e) => e.ready);
    const shares = splitRequests(s, Math.round(tr.requestsPerSec * windowSec), ready.length);
    ready.forEach((e, i) => {
      const key = podKey(svc.meta.namespace, e.pod);
      trafficCpu.set(key, (trafficCpu.get(key) ?? 0) + (shares[i]! / windowSec) * tr.cpuMilliPerRequest);
    });
  }
  for (const [key, p] of s.pods) {
    const running = p.status.phase === 'Running' && !p.status.nodeLost && p.status.containers.some((c) => !c.init && c.current.state === 'running');
    if (!running) { s.metrics.delete(key); continue; }
    const idle = p.status.containers.filter((c) => !c.init && c.current.state === 'running').reduce((a, c) => a + imageOf(s, c.image).behavior.idleCpuMilli, 0);
    const usage = s.metricOverrides.get(key) ?? Math.min(cpuLimit(p), idle + (trafficCpu.get(key) ?? 0));
    s.metrics.set(key, { cpuMilli: Math.round(usage), atUs: t });
  }
  s.queue.schedule(t + windowSec * 1e6, { type: 'metrics' }, 5);
}
