/**
 * Workload, service, autoscaler and configuration objects (apps/v1, batch/v1, core/v1,
 * autoscaling/v2), as plain data. Status fields are what the controllers compute each sync.
 */
import type { LabelSelector, ObjectMeta, PodTemplate, ResourceList } from './types';

export interface ReplicaSet {
  kind: 'ReplicaSet';
  meta: ObjectMeta;
  replicas: number;
  selector: LabelSelector;
  template: PodTemplate;
  minReadySec: number;
  revision: number;
  templateHash: string;
  status: { replicas: number; ready: number; available: number };
}

export interface RollingParams { maxSurge: string | number; maxUnavailable: string | number }

export interface Deployment {
  kind: 'Deployment';
  meta: ObjectMeta;
  replicas: number;
  selector: LabelSelector;
  template: PodTemplate;
  strategy: 'RollingUpdate' | 'Recreate';
  rolling: RollingParams;
  minReadySec: number;
  revisionHistoryLimit: number;
  progressDeadlineSec: number;
  paused: boolean;
  collisionCount: number;
  status: {
    replicas: number; updated: number; ready: number; available: number; unavailable: number;
    progressing: 'True' | 'False'; progressReason: string; lastProgressUs: number; complete: boolean;
  };
}

export interface DaemonSet {
  kind: 'DaemonSet';
  meta: ObjectMeta;
  selector: LabelSelector;
  template: PodTemplate;
  status: { desired: number; current: number; ready: number };
}

export interface VolumeClaimTemplate { name: string; storageBytes: number; accessModes: string[]; storageClassName: string }

export interface StatefulSet {
  kind: 'StatefulSet';
  meta: ObjectMeta;
  replicas: number;
  selector: LabelSelector;
  template: PodTemplate;
  serviceName: string;
  podManagementPolicy: 'OrderedReady' | 'Parallel';
  claimTemplates: VolumeClaimTemplate[];
  status: { replicas: number; ready: number };
}

export interface Job {
  kind: 'Job';
  meta: ObjectMeta;
  selector: LabelSelector;
  template: PodTemplate;
  completions: number;
  parallelism: number;
  backoffLimit: number;
  activeDeadlineSec: number | null;
  status: { active: number; succeeded: number; failed: number; condition: '' | 'Complete' | 'Failed'; reason: string; nextCreateUs: number; startUs: number };
}

export interface ServicePort { name: string; port: number; targetPort: number | string; nodePort: number; protocol: string }
export interface Endpoint { pod: string; node: string; ready: boolean; serving: boolean; terminating: boolean }

export interface Service {
  kind: 'Service';
  meta: ObjectMeta;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  clusterIP: string;
  selector: Record<string, string> | null;
  ports: ServicePort[];
  publishNotReadyAddresses: boolean;
  endpoints: Endpoint[];
}

export type MetricTarget =
  | { type: 'Resource'; resource: string; targetType: 'Utilization'; averageUtilization: number }
  | { type: 'Resource'; resource: string; targetType: 'AverageValue'; averageValue: number }
  | { type: 'Pods'; metricName: string; averageValue: number };

export interface ScalingPolicy { type: 'Pods' | 'Percent'; value: number; periodSec: number }
export interface ScalingRules { stabilizationWindowSec: number; selectPolicy: 'Max' | 'Min' | 'Disabled'; policies: ScalingPolicy[] }

export interface HpaStatus {
  currentReplicas: number;
  desiredReplicas: number;
  /** The metric's value as the HPA read it (utilization %, or milli-value per pod). */
  currentMetric: number | null;
  /** Proposal before stabilization/limits (ceil(ratio × pods) or current when within tolerance). */
  recommendation: number | null;
  stabilized: number | null;
  ableToScaleReason: string;
  limitedReason: string;
  message: string;
  lastScaleUs: number | null;
  podGroups: { ready: number; unready: string[]; missing: string[]; ignored: string[] };
}

export interface Hpa {
  kind: 'HorizontalPodAutoscaler';
  meta: ObjectMeta;
  targetKind: string;
  targetName: string;
  minReplicas: number;
  maxReplicas: number;
  metrics: MetricTarget[];
  /** null = no `behavior` in the manifest: the legacy (pre-behavior) normalisation path. */
  scaleUp: ScalingRules | null;
  scaleDown: ScalingRules | null;
  recommendations: Array<{ replicas: number; atUs: number }>;
  scaleEvents: Array<{ change: number; atUs: number }>;
  status: HpaStatus;
}

export interface SimpleObject {
  kind: 'Namespace' | 'ConfigMap' | 'Secret' | 'ResourceQuota' | 'LimitRange' | 'PersistentVolume' | 'PersistentVolumeClaim';
  meta: ObjectMeta;
  /** The parts the simulation reads: quota hard limits, LimitRange defaults, PV/PVC sizes and binding. */
  data: { hard?: ResourceList; defaultRequest?: ResourceList; defaultLimit?: ResourceList; storageBytes?: number;
    accessModes?: string[]; storageClassName?: string; boundTo?: string; phase?: string; keys?: string[] };
}

export type WorkloadObject = ReplicaSet | Deployment | DaemonSet | StatefulSet | Job | Service | Hpa | SimpleObject;
