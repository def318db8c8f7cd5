/**
 * The simulated API objects, as plain cloneable data. Field names follow the Kubernetes API
 * (core/v1, apps/v1, batch/v1, autoscaling/v2) where they exist; simulation-only state is named
 * plainly. Resource lists hold integers: cpu in millicores, memory/storage in bytes, pods as a count.
 * Times are simulated µs (`…Us`).
 */
export type ResourceList = Record<string, number>;

export interface LabelSelectorRequirement { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values: string[] }
/** metav1.LabelSelector; an empty selector matches everything, a null one nothing. */
export interface LabelSelector { matchLabels: Record<string, string>; matchExpressions: LabelSelectorRequirement[] }

export interface NodeSelectorRequirement { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt'; values: string[] }
export interface NodeSelectorTerm { matchExpressions: NodeSelectorRequirement[]; matchFields: NodeSelectorRequirement[] }
export interface PreferredSchedulingTerm { weight: number; preference: NodeSelectorTerm }

export interface PodAffinityTerm { labelSelector: LabelSelector | null; namespaces: string[]; topologyKey: string }
export interface WeightedPodAffinityTerm { weight: number; term: PodAffinityTerm }

export interface Affinity {
  nodeRequired: NodeSelectorTerm[] | null;
  nodePreferred: PreferredSchedulingTerm[];
  podRequired: PodAffinityTerm[];
  podPreferred: WeightedPodAffinityTerm[];
  antiRequired: PodAffinityTerm[];
  antiPreferred: WeightedPodAffinityTerm[];
}

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
export interface Taint { key: string; value: string; effect: TaintEffect; timeAddedUs?: number }
export interface Toleration { key: string; operator: 'Equal' | 'Exists'; value: string; effect: TaintEffect | ''; tolerationSeconds: number | null }

export interface TopologySpreadConstraint {
  maxSkew: number; topologyKey: string; whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
  labelSelector: LabelSelector | null; minDomains: number;
}

export interface Probe { initialDelaySec: number; periodSec: number; failureThreshold: number; successThreshold: number }

export interface Container {
  name: string;
  image: string;
  /** Only the requests the manifest sets (an unset cpu request is absent, an explicit 0 is 0). */
  requests: ResourceList;
  limits: ResourceList;
  ports: Array<{ containerPort: number; hostPort: number; protocol: string; hostIP: string }>;
  readinessProbe: Probe | null;
  livenessProbe: Probe | null;
  startupProbe: Probe | null;
  /** For init containers: 'Always' marks a restartable sidecar. */
  restartPolicy: 'Always' | null;
  imagePullPolicy: 'Always' | 'IfNotPresent' | 'Never';
}

export interface PodSpec {
  containers: Container[];
  initContainers: Container[];
  overhead: ResourceList;
  nodeName: string;
  nodeSelector: Record<string, string>;
  affinity: Affinity;
  tolerations: Toleration[];
  topologySpreadConstraints: TopologySpreadConstraint[];
  restartPolicy: 'Always' | 'OnFailure' | 'Never';
  priority: number;
  terminationGracePeriodSec: number;
  /** PersistentVolumeClaim names the pod mounts. */
  claimNames: string[];
}

export interface ObjectMeta {
  name: string;
  namespace: string;
  uid: number;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  createdUs: number;
  ownerKind: string;
  ownerName: string;
  deletionUs: number | null;
}

export interface PodTemplate { labels: Record<string, string>; annotations: Record<string, string>; spec: PodSpec }

export type ContainerState =
  | { state: 'waiting'; reason: string }
  | { state: 'running'; startedUs: number }
  | { state: 'terminated'; exitCode: number; reason: string; finishedUs: number };

export interface ContainerStatus {
  name: string;
  image: string;
  init: boolean;
  current: ContainerState;
  ready: boolean;
  restartCount: number;
  /** kubelet back-off entry for this container (client-go flowcontrol.Backoff). */
  backoffSec: number;
  backoffUpdatedUs: number | null;
  /** Consecutive probe results, for thresholds. */
  livenessFailures: number;
  readinessSuccesses: number;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface PodStatus {
  phase: PodPhase;
  reason: string;
  startUs: number | null;
  ready: boolean;
  readyTransitionUs: number | null;
  scheduledReason: string;
  containers: ContainerStatus[];
  /** Index of the running init container, or -1 once app containers run. */
  initIndex: number;
  /** Pods whose node stopped answering: kubelet can no longer update them. */
  nodeLost: boolean;
  /** Kubelet generation: bumped when the node fails or the pod restarts, so stale timers are ignored. */
  gen: number;
  podIP: string;
}

export interface Pod { kind: 'Pod'; meta: ObjectMeta; spec: PodSpec; status: PodStatus; templateHash: string; ordinal: number }

export interface NodeImage { name: string; sizeBytes: number }

export interface Node {
  kind: 'Node';
  meta: ObjectMeta;
  capacity: ResourceList;
  allocatable: ResourceList;
  taints: Taint[];
  unschedulable: boolean;
  /** Simulated power: a failed node stops heartbeats and runs nothing. */
  up: boolean;
  ready: 'True' | 'False' | 'Unknown';
  readyTransitionUs: number;
  lastHeartbeatUs: number;
  layers: string[];
  images: NodeImage[];
  /** The node's serialized image-pull queue (kubelet serializeImagePulls=true) is busy until then. */
  pullBusyUntilUs: number;
  pullBandwidthBytesPerSec: number;
}
