/**
 * EndpointSlice controller (pkg/controller/endpointslice; refs/kubernetes.md §2.7): one endpoint
 * per selected pod that has an IP; `ready` = pod Ready and not terminating (or
 * publishNotReadyAddresses), `serving` = pod Ready, `terminating` = deletion in progress.
 * kube-proxy sends new connections only to ready endpoints.
 */
import { objectsOfKind, type ClusterState } from '../cluster/state';
import { labelsMatchMap } from '../selectors';
import type { Service } from '../workload-types';

export function syncEndpoints(s: ClusterState): void {
  for (const svc of objectsOfKind(s, 'Service')) svc.endpoints = endpointsOf(s, svc);
}

function endpointsOf(s: ClusterState, svc: Service): Service['endpoints'] {
  if (!svc.selector) return svc.endpoints;
  const out: Service['endpoints'] = [];
  for (const p of s.pods.values()) {
    if (p.meta.namespace !== svc.meta.namespace || !p.spec.nodeName || !p.status.podIP) continue;
    if (p.status.phase === 'Succeeded' || p.status.phase === 'Failed') continue;
    if (!labelsMatchMap(svc.selector, p.meta.labels)) continue;
    const terminating = p.meta.deletionUs !== null;
    out.push({ pod: p.meta.name, node: p.spec.nodeName, ready: (p.status.ready || svc.publishNotReadyAddresses) && !terminating, serving: p.status.ready, terminating });
  }
  return out.sort((a, b) => a.pod.localeCompare(b.pod));
}
