/**
 * Constructors for empty API objects with the API server's defaults
 * (pkg/apis/core/v1/defaults.go: restartPolicy Always, terminationGracePeriodSeconds 30,
 * imagePullPolicy Always for ":latest"/untagged images else IfNotPresent).
 */
import type { Affinity, Container, Node, ObjectMeta, Pod, PodSpec, ResourceList } from './types';

export function emptyAffinity(): Affinity {
  return { nodeRequired: null, nodePreferred: [], podRequired: [], podPreferred: [], antiRequired: [], antiPreferred: [] };
}

export function emptyPodSpec(): PodSpec {
  return {
    containers: [], initContainers: [], overhead: {}, nodeName: '', nodeSelector: {}, affinity: emptyAffinity(),
    tolerations: [], topologySpreadConstraints: [], restartPolicy: 'Always', priority: 0, terminationGracePeriodSec: 30, claimNames: [],
  };
}

export function defaultPullPolicy(image: string): Container['imagePullPolicy'] {
  const tail = image.slice(image.lastIndexOf('/') + 1);
  if (tail.includes('@')) return 'IfNotPresent';
  return !tail.includes(':') || tail.endsWith(':latest') ? 'Always' : 'IfNotPresent';
}

export function makeContainer(name: string, image: string, requests: ResourceList = {}): Container {
  return {
    name, image, requests, limits: {}, ports: [], readinessProbe: null, livenessProbe: null, startupProbe: null,
    restartPolicy: null, imagePullPolicy: defaultPullPolicy(image),
  };
}

export function makeMeta(name: string, namespace: string, uid: number, createdUs: number): ObjectMeta {
  return { name, namespace, uid, labels: {}, annotations: {}, createdUs, ownerKind: '', ownerName: '', deletionUs: null };
}

export function makePod(meta: ObjectMeta, spec: PodSpec): Pod {
  return {
    kind: 'Pod', meta, spec, templateHash: '', ordinal: -1,
    status: { phase: 'Pending', reason: '', startUs: null, ready: false, readyTransitionUs: null, scheduledReason: '', containers: [], initIndex: 0, nodeLost: false, gen: 0, podIP: '' },
  };
}

export function makeNode(name: string, allocatable: ResourceList, uid = 0): Node {
  const meta = makeMeta(name, '', uid, 0);
  meta.labels = { 'kubernetes.io/hostname': name };
  return {
    kind: 'Node', meta, capacity: { ...allocatable }, allocatable: { pods: 110, ...allocatable }, taints: [], unschedulable: false,
    up: true, ready: 'True', readyTransitionUs: 0, lastHeartbeatUs: 0, layers: [], images: [], pullBusyUntilUs: 0,
    pullBandwidthBytesPerSec: 50 * 1024 * 1024,
  };
}
