/**
 * The scheduler's per-node cache (pkg/scheduler/framework/types.go NodeInfo): the pods bound to a
 * node, the sum of their effective requests (`requested`, for the Fit filter and
 * BalancedAllocation), the sum with non-zero scoring defaults (`nonZeroRequested`, for the
 * LeastAllocated/MostAllocated scores), host ports in use and images present.
 * Kept incrementally so that one scheduling cycle costs O(nodes examined), not O(pods).
 */
import { podRequests } from '../requests';
import type { Node, Pod, ResourceList } from '../types';

export interface NodeInfo {
  node: Node;
  pods: Pod[];
  requested: ResourceList;
  /** Hot-path copies of allocatable and requested cpu/memory/pods (the scheduler's Resource struct). */
  allocCpuMilli: number;
  allocMemoryBytes: number;
  allocPods: number;
  reqCpuMilli: number;
  reqMemoryBytes: number;
  nonZeroCpuMilli: number;
  nonZeroMemoryBytes: number;
  usedPorts: Set<string>;
  /** Pods on this node with any (anti-)affinity term: InterPodAffinity skips the rest. */
  podsWithAffinity: number;
  imageSizes: Map<string, number>;
}

export interface ClusterCache {
  readonly list: NodeInfo[];
  get(name: string): NodeInfo | undefined;
  addNode(node: Node): void;
  removeNode(name: string): void;
  addPod(pod: Pod, nodeName: string): void;
  removePod(pod: Pod, nodeName: string): void;
  /** Number of nodes holding each image (ImageLocality's spread factor). */
  imageNodeCount(image: string): number;
  refreshImages(node: Node): void;
  readonly podsWithAffinityTotal: number;
}

export const portKey = (protocol: string, hostIP: string, port: number): string => `${protocol}/${hostIP || '0.0.0.0'}/${port}`;

export function hasAffinityTerms(pod: Pod): boolean {
  const a = pod.spec.affinity;
  return a.podRequired.length + a.podPreferred.length + a.antiRequired.length + a.antiPreferred.length > 0;
}

/** "nginx" → "nginx:latest" (ImageLocality's normalizedImageName). */
export function normalizedImageName(image: string): string {
  const lastSlash = image.lastIndexOf('/');
  const tail = image.slice(lastSlash + 1);
  return tail.includes(':') || tail.includes('@') ? image : `${image}:latest`;
}

/** Adds (sign 1) or removes (sign −1) a pod's requests, ports and affinity count on its node; returns the affinity delta. */
function applyPod(info: NodeInfo, pod: Pod, sign: 1 | -1): number {
  const req = podRequests(pod.spec);
  for (const k in req) info.requested[k] = (info.requested[k] ?? 0) + sign * req[k]!;
  info.reqCpuMilli += sign * (req.cpu ?? 0);
  info.reqMemoryBytes += sign * (req.memory ?? 0);
  const nz = podRequests(pod.spec, true);
  info.nonZeroCpuMilli += sign * (nz.cpu ?? 0);
  info.nonZeroMemoryBytes += sign * (nz.memory ?? 0);
  for (const c of pod.spec.containers) {
    for (const p of c.ports) if (p.hostPort > 0) {
      if (sign > 0) info.usedPorts.add(portKey(p.protocol, p.hostIP, p.hostPort));
      else info.usedPorts.delete(portKey(p.protocol, p.hostIP, p.hostPort));
    }
  }
  if (!hasAffinityTerms(pod)) return 0;
  info.podsWithAffinity += sign;
  return sign;
}

export function createClusterCache(): ClusterCache {
  const list: NodeInfo[] = [];
  const byName = new Map<string, NodeInfo>();
  const imageCounts = new Map<string, number>();
  let affinityTotal = 0;

  const countImages = (info: NodeInfo, delta: number): void => {
    for (const name of info.imageSizes.keys()) imageCounts.set(name, (imageCounts.get(name) ?? 0) + delta);
  };


  return {
    list,
    get: (name) => byName.get(name),
    addNode(node) {
      const a = node.allocatable;
      const info: NodeInfo = { node, pods: [], requested: {}, allocCpuMilli: a.cpu ?? 0, allocMemoryBytes: a.memory ?? 0, allocPods: a.pods ?? 110, reqCpuMilli: 0, reqMemoryBytes: 0, nonZeroCpuMilli: 0, nonZeroMemoryBytes: 0, usedPorts: new Set(), podsWithAffinity: 0, imageSizes: new Map() };
      for (const img of node.images) info.imageSizes.set(normalizedImageName(img.name), img.sizeBytes);
      countImages(info, 1);
      list.push(info);
      byName.set(node.meta.name, info);
    },
    removeNode(name) {
      const info = byName.get(name);
      if (!info) return;
      countImages(info, -1);
      affinityTotal -= info.podsWithAffinity;
      list.splice(list.indexOf(info), 1);
      byName.delete(name);
    },
    addPod(pod, nodeName) {
      const info = byName.get(nodeName);
      if (!info) return;
      info.pods.push(pod);
      affinityTotal += applyPod(info, pod, 1);
    },
    removePod(pod, nodeName) {
      const info = byName.get(nodeName);
      if (!info) return;
      const i = info.pods.indexOf(pod);
      if (i < 0) return;
      info.pods.splice(i, 1);
      affinityTotal += applyPod(info, pod, -1);
    },
    imageNodeCount: (image) => imageCounts.get(image) ?? 0,
    refreshImages(node) {
      const info = byName.get(node.meta.name);
      if (!info) return;
      countImages(info, -1);
      info.imageSizes = new Map(node.images.map((img) => [normalizedImageName(img.name), img.sizeBytes]));
      countImages(info, 1);
    },
    get podsWithAffinityTotal() {
      return affinityTotal;
    },
  };
}
