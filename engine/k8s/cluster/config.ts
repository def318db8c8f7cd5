/**
 * Scenario params of the `k8s` kind: nodes, initial manifests, scheduler profile, images with
 * layers and behaviour, traffic, and the control-plane timings (defaults from upstream:
 * node-monitor-grace-period 50 s, default tolerationSeconds 300 s, HPA sync 15 s, tolerance 0.1,
 * downscale stabilization 300 s, cpu initialization 300 s, initial readiness delay 30 s).
 */
import { joinPath, ScenarioError } from '../../core/errors';
import { readArray, readEnum, readNumber, readObject, readString, rejectUnknownKeys } from '../../core/params';
import { parseResourceQuantity } from '../quantity';
import { readProfile, type SchedulerProfile } from '../scheduler/profile';
import type { Taint } from '../types';

export interface NodeParam { name: string; cpuMilli: number; memoryBytes: number; pods: number; labels: Record<string, string>; taints: Taint[]; images: string[] }

export interface ImageBehavior {
  startSec: number; readyAfterSec: number; exitAfterSec: number | null; exitCode: number;
  livenessFailsAfterSec: number | null; idleCpuMilli: number;
}
export interface ImageParam { name: string; layers: Array<{ digest: string; sizeBytes: number }>; behavior: ImageBehavior }

export interface ClusterConfig {
  nodes: NodeParam[];
  manifests: string[];
  profile: SchedulerProfile;
  images: Map<string, ImageParam>;
  pullBytesPerSec: number;
  nodeMonitorGracePeriodSec: number;
  defaultTolerationSec: number;
  proxyMode: 'iptables' | 'ipvs';
  traffic: Array<{ service: string; requestsPerSec: number; cpuMilliPerRequest: number }>;
  hpa: { syncPeriodSec: number; tolerance: number; downscaleStabilizationSec: number; cpuInitializationPeriodSec: number; initialReadinessDelaySec: number; metricWindowSec: number };
  explanationLimit: number;
  eventLimit: number;
  sampleEverySec: number;
  jobRunSec: number;
}

const MIB = 2 ** 20;

function readQuantityParam(o: Record<string, unknown>, key: string, path: string, resource: string, fallback: number): number {
  const raw = o[key];
  if (raw === undefined) return fallback;
  const v = typeof raw === 'string' ? parseResourceQuantity(resource, raw) : typeof raw === 'number' && resource === 'cpu' ? Math.round(raw * 1000) : typeof raw === 'number' ? raw : undefined;
  if (v === undefined || v <= 0) throw new ScenarioError(joinPath(path, key), `must be a positive quantity (e.g. ${resource === 'cpu' ? '"4" or "3500m"' : '"8Gi"'}), got ${JSON.stringify(raw)}`);
  return v;
}

function readNodes(input: unknown, path: string): NodeParam[] {
  const out: NodeParam[] = [];
  readArray(input ?? [{ count: 3 }], path).forEach((raw, i) => {
    const at = joinPath(path, i);
    const o = readObject(raw, at);
    rejectUnknownKeys(o, at, ['name', 'count', 'cpu', 'memory', 'pods', 'labels', 'taints', 'zone', 'images']);
    const count = readNumber(o, 'count', at, { integer: true, min: 1, max: 10000, default: 1 });
    const labels = o.labels === undefined ? {} : (readObject(o.labels, joinPath(at, 'labels')) as Record<string, string>);
    const zone = o.zone === undefined ? undefined : readString(o, 'zone', at);
    const taints = (o.taints === undefined ? [] : readArray(o.taints, joinPath(at, 'taints'))).map((t, j) => {
      const tp = joinPath(at, 'taints', j);
      const to = readObject(t, tp);
      return { key: readString(to, 'key', tp), value: readString(to, 'value', tp, ''), effect: readEnum(to, 'effect', tp, ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const) };
    });
    const images = o.images === undefined ? [] : readArray(o.images, joinPath(at, 'images')).map((x, j) => readString({ x }, 'x', joinPath(at, 'images', j)));
    for (let k = 0; k < count; k++) {
      const base = o.name === undefined ? `node-${out.length + 1}` : readString(o, 'name', at);
      const name = count > 1 && o.name !== undefined ? `${base}-${k + 1}` : base;
      out.push({
        name, cpuMilli: readQuantityParam(o, 'cpu', at, 'cpu', 4000), memoryBytes: readQuantityParam(o, 'memory', at, 'memory', 8 * 2 ** 30),
        pods: readNumber(o, 'pods', at, { integer: true, min: 1, default: 110 }),
        labels: { ...labels, ...(zone ? { 'topology.kubernetes.io/zone': zone } : {}) }, taints, images,
      });
    }
  });
  return out;
}

function readImages(input: unknown, path: string): Map<string, ImageParam> {
  const map = new Map<string, ImageParam>();
  readArray(input ?? [], path).forEach((raw, i) => {
    const at = joinPath(path, i);
    const o = readObject(raw, at);
    rejectUnknownKeys(o, at, ['name', 'sizeMiB', 'layers', 'startSec', 'readyAfterSec', 'exitAfterSec', 'exitCode', 'livenessFailsAfterSec', 'idleCpuMilli']);
    const name = readString(o, 'name', at);
    const layers = o.layers === undefined
      ? [{ digest: `sha256:${name}`, sizeBytes: Math.round(readNumber(o, 'sizeMiB', at, { min: 0, default: 30 }) * MIB) }]
      : readArray(o.layers, joinPath(at, 'layers')).map((l, j) => {
        const lp = joinPath(at, 'layers', j);
        const lo = readObject(l, lp);
        return { digest: readString(lo, 'digest', lp), sizeBytes: Math.round(readNumber(lo, 'sizeMiB', lp, { min: 0 }) * MIB) };
      });
    const opt = (k: string): number | null => (o[k] === undefined ? null : readNumber(o, k, at, { min: 0 }));
    map.set(name, { name, layers, behavior: {
      startSec: readNumber(o, 'startSec', at, { min: 0, default: 1 }), readyAfterSec: readNumber(o, 'readyAfterSec', at, { min: 0, default: 0 }),
      exitAfterSec: opt('exitAfterSec'), exitCode: readNumber(o, 'exitCode', at, { integer: true, min: 0, max: 255, default: 0 }),
      livenessFailsAfterSec: opt('livenessFailsAfterSec'), idleCpuMilli: readNumber(o, 'idleCpuMilli', at, { min: 0, default: 1 }),
    } });
  });
  return map;
}

const KEYS = ['nodes', 'manifests', 'scheduler', 'images', 'imagePullMiBps', 'nodeMonitorGracePeriodSec', 'defaultTolerationSec', 'proxyMode', 'traffic', 'hpa', 'explanationLimit', 'eventLimit', 'sampleEverySec', 'jobRunSec'];

export function readConfig(params: unknown, path: string): ClusterConfig {
  const o = readObject(params ?? {}, path);
  rejectUnknownKeys(o, path, KEYS);
  const m = o.manifests;
  const manifests = m === undefined ? [] : typeof m === 'string' ? [m] : readArray(m, joinPath(path, 'manifests')).map((x, i) => readString({ x }, 'x', joinPath(path, 'manifests', i)));
  const h = o.hpa === undefined ? {} : readObject(o.hpa, joinPath(path, 'hpa'));
  const hp = joinPath(path, 'hpa');
  rejectUnknownKeys(h, hp, ['syncPeriodSec', 'tolerance', 'downscaleStabilizationSec', 'cpuInitializationPeriodSec', 'initialReadinessDelaySec', 'metricWindowSec']);
  return {
    nodes: readNodes(o.nodes, joinPath(path, 'nodes')),
    manifests,
    profile: readProfile(o.scheduler, joinPath(path, 'scheduler')),
    images: readImages(o.images, joinPath(path, 'images')),
    pullBytesPerSec: readNumber(o, 'imagePullMiBps', path, { min: 0, minExclusive: true, default: 50 }) * MIB,
    nodeMonitorGracePeriodSec: readNumber(o, 'nodeMonitorGracePeriodSec', path, { min: 1, default: 50 }),
    defaultTolerationSec: readNumber(o, 'defaultTolerationSec', path, { integer: true, min: 0, default: 300 }),
    proxyMode: readEnum(o, 'proxyMode', path, ['iptables', 'ipvs'] as const, 'iptables'),
    traffic: (o.traffic === undefined ? [] : readArray(o.traffic, joinPath(path, 'traffic'))).map((t, i) => {
      const tp = joinPath(path, 'traffic', i);
      const to = readObject(t, tp);
      return { service: readString(to, 'service', tp), requestsPerSec: readNumber(to, 'requestsPerSec', tp, { min: 0 }), cpuMilliPerRequest: readNumber(to, 'cpuMilliPerRequest', tp, { min: 0, default: 10 }) };
    }),
    hpa: {
      syncPeriodSec: readNumber(h, 'syncPeriodSec', hp, { min: 1, default: 15 }), tolerance: readNumber(h, 'tolerance', hp, { min: 0, max: 1, default: 0.1 }),
      downscaleStabilizationSec: readNumber(h, 'downscaleStabilizationSec', hp, { min: 0, default: 300 }),
      cpuInitializationPeriodSec: readNumber(h, 'cpuInitializationPeriodSec', hp, { min: 0, default: 300 }),
      initialReadinessDelaySec: readNumber(h, 'initialReadinessDelaySec', hp, { min: 0, default: 30 }),
      metricWindowSec: readNumber(h, 'metricWindowSec', hp, { min: 1, default: 15 }),
    },
    explanationLimit: readNumber(o, 'explanationLimit', path, { integer: true, min: 1, default: 100 }),
    eventLimit: readNumber(o, 'eventLimit', path, { integer: true, min: 10, default: 500 }),
    sampleEverySec: readNumber(o, 'sampleEverySec', path, { min: 0.1, default: 1 }),
    jobRunSec: readNumber(o, 'jobRunSec', path, { min: 0, default: 5 }),
  };
}
