/**
 * HPA replica calculation for a Resource metric with an averageUtilization target
 * (pkg/controller/podautoscaler/replica_calculator.go GetResourceReplicas, groupPods;
 * metrics/utilization.go GetResourceUtilizationRatio; refs/kubernetes.md §2.1).
 * utilization = floor(100 · Σ usage / Σ request) over pods with usable samples; within the
 * tolerance keep the current count, else ceil(ratio × ready pods). With missing or unready pods
 * the calculation is redone conservatively and never flips direction.
 */
export interface HpaPod {
  name: string;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
  deleting: boolean;
  /** Sum of the containers' requests for the resource (undefined = some container has none). */
  request: number | undefined;
  /** Sampled usage, or undefined when the metrics API has no sample. */
  usage: number | undefined;
  /** For cpu: whether the sample counts as unready (groupPods' readiness rule, computed by the caller). */
  unreadyForCpu: boolean;
}

export interface ReplicaCalc {
  replicas: number;
  utilization: number;
  readyPodCount: number;
  unready: string[];
  missing: string[];
  ignored: string[];
  error: string;
}

function ratioOf(pods: ReadonlyArray<{ usage: number; request: number }>, target: number): { ratio: number; utilization: number } {
  let usage = 0;
  let request = 0;
  for (const p of pods) { usage += p.usage; request += p.request; }
  const utilization = request === 0 ? 0 : Math.trunc((usage * 100) / request);
  return { ratio: utilization / target, utilization };
}

export function resourceReplicas(current: number, targetUtilization: number, pods: readonly HpaPod[], tolerance = 0.1): ReplicaCalc {
  const out: ReplicaCalc = { replicas: current, utilization: 0, readyPodCount: 0, unready: [], missing: [], ignored: [], error: '' };
  if (pods.length === 0) return { ...out, error: 'no pods returned by selector while calculating replica count' };
  const missingReq = pods.find((p) => p.request === undefined && !p.deleting && p.phase !== 'Failed');
  if (missingReq) return { ...out, error: `missing request for cpu in pod ${missingReq.name}` };
  const samples: Array<{ name: string; usage: number; request: number }> = [];
  for (const p of pods) {
    if (p.deleting || p.phase === 'Failed') out.ignored.push(p.name);
    else if (p.phase === 'Pending') out.unready.push(p.name);
    else if (p.usage === undefined) out.missing.push(p.name);
    else if (p.unreadyForCpu) out.unready.push(p.name);
    else { out.readyPodCount++; samples.push({ name: p.name, usage: p.usage, request: p.request ?? 0 }); }
  }
  if (samples.length === 0) return { ...out, error: 'did not receive metrics for targeted pods (pods might be unready)' };
  const { ratio, utilization } = ratioOf(samples, targetUtilization);
  out.utilization = utilization;
  const scaleUpWithUnready = out.unready.length > 0 && ratio > 1;
  if (!scaleUpWithUnready && out.missing.length === 0) {
    if (Math.abs(1 - ratio) <= tolerance) return out;
    return { ...out, replicas: Math.ceil(ratio * out.readyPodCount) };
  }
  const byName = new Map(pods.map((p) => [p.name, p]));
  const adjusted = [...samples];
  const fallback = Math.max(100, targetUtilization);
  for (const name of out.missing) {
    const req = byName.get(name)!.request ?? 0;
    if (ratio < 1) adjusted.push({ name, usage: Math.trunc((req * fallback) / 100), request: req });
    else if (ratio > 1) adjusted.push({ name, usage: 0, request: req });
  }
  if (scaleUpWithUnready) for (const name of out.unready) adjusted.push({ name, usage: 0, request: byName.get(name)!.request ?? 0 });
  const { ratio: newRatio } = ratioOf(adjusted, targetUtilization);
  if (Math.abs(1 - newRatio) <= tolerance || (ratio < 1 && newRatio > 1) || (ratio > 1 && newRatio < 1)) return out;
  const n = Math.ceil(newRatio * adjusted.length);
  if ((newRatio < 1 && n > current) || (newRatio > 1 && n < current)) return out;
  return { ...out, replicas: n };
}
