/**
 * A pod's effective resource request (component-helpers resource.PodRequests, as used by
 * NodeResourcesFit; ../shared/refs/kubernetes.md §1.4–1.5):
 *   per resource  max( Σ app containers + Σ restartable (sidecar) init containers,
 *                      max over init containers i of (request_i + Σ sidecars started before i) ) + overhead.
 * `nonZero` applies the scheduler's scoring defaults to every container whose request is unset:
 * cpu 100m, memory 200 MiB (pkg/scheduler/util/pod_resources.go). An explicit 0 stays 0.
 */
import type { Container, PodSpec, ResourceList } from './types';

export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST_BYTES = 200 * 1024 * 1024;

function containerRequests(c: Container, nonZero: boolean): ResourceList {
  if (!nonZero) return c.requests;
  const out: ResourceList = { ...c.requests };
  if (out.cpu === undefined) out.cpu = DEFAULT_MILLI_CPU_REQUEST;
  if (out.memory === undefined) out.memory = DEFAULT_MEMORY_REQUEST_BYTES;
  return out;
}

function addInto(into: ResourceList, add: ResourceList): void {
  for (const k in add) into[k] = (into[k] ?? 0) + add[k]!;
}

function maxInto(into: ResourceList, other: ResourceList): void {
  for (const k in other) if ((into[k] ?? 0) < other[k]!) into[k] = other[k]!;
}

/** Effective request of a pod; with `nonZero` the scoring defaults fill unset cpu/memory. */
export function podRequests(spec: PodSpec, nonZero = false): ResourceList {
  if (nonZero && spec.containers.length === 0 && spec.initContainers.length === 0) return {};
  const app: ResourceList = {};
  for (const c of spec.containers) addInto(app, containerRequests(c, nonZero));
  const sidecars: ResourceList = {};
  const initPeak: ResourceList = {};
  for (const c of spec.initContainers) {
    const req = containerRequests(c, nonZero);
    if (c.restartPolicy === 'Always') {
      addInto(sidecars, req);
      const withSidecars = { ...sidecars };
      maxInto(initPeak, withSidecars);
    } else {
      const peak = { ...sidecars };
      addInto(peak, req);
      maxInto(initPeak, peak);
    }
  }
  addInto(app, sidecars);
  maxInto(app, initPeak);
  addInto(app, spec.overhead);
  return app;
}

/** True when no container requests anything (a BestEffort pod for scheduling purposes). */
export function isZeroRequest(req: ResourceList): boolean {
  for (const k in req) if (req[k]! > 0) return false;
  return true;
}
