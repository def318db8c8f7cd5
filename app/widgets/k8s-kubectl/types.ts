/** The parts of the `k8s` snapshot the console prints (docs/scenarios/k8s.md). */
export interface KPod { name: string; namespace: string; node: string | null; status: string; ready: string; restarts: number; ageSec: number; ip: string | null; owner: string | null; labels: Record<string, string>; scheduledReason: string; requests: { cpuMilli: number; memoryBytes: number }; cpuMilli: number | null; images: string[] }
export interface KNode { name: string; ready: string; unschedulable: boolean; labels: Record<string, string>; taints: Array<{ key: string; value: string; effect: string }>; allocatable: { cpuMilli: number; memoryBytes: number; pods: number }; requested: { cpuMilli: number; memoryBytes: number }; podCount: number }
export interface KDeploy { name: string; namespace: string; desired: number; updated: number; ready: number; available: number; ageSec: number; revision: number; complete: boolean; progressReason: string; images: string[]; strategy: string; maxSurge: number; maxUnavailable: number; paused: boolean }
export interface KRs { name: string; owner: string | null; revision: number; desired: number; replicas: number; ready: number; ageSec: number; images: string[] }
export interface KSvc { name: string; type: string; clusterIP: string; ports: Array<{ port: number; protocol: string; nodePort: number }>; ageSec: number; endpoints: Array<{ pod: string; ready: boolean }> }
export interface KHpa { name: string; target: string; currentMetric: number | null; targetUtilization: number | null; minReplicas: number; maxReplicas: number; currentReplicas: number; ageSec: number }
export interface KEvent { atSec: number; type: string; reason: string; object: string; message: string }
export interface KExplanation { pod: string; message: string; filtered: Array<{ node: string; plugin: string; reasons: string[] }>; winner: string | null }
export interface KSnap {
  tSec: number; pods: KPod[]; nodes: KNode[]; deployments: KDeploy[]; replicaSets: KRs[]; services: KSvc[]; hpas: KHpa[];
  daemonSets: Array<{ name: string; desired: number; current: number; ready: number; ageSec: number }>;
  statefulSets: Array<{ name: string; desired: number; ready: number; ageSec: number }>;
  jobs: Array<{ name: string; completions: number; succeeded: number; condition: string; ageSec: number }>;
  events: KEvent[]; explanations: KExplanation[]; applyResults: Array<{ atSec: number; object: string; action: string; notSimulated: string[] }>;
}
