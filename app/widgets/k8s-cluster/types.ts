/** The parts of the `k8s` snapshot this widget reads (see docs/scenarios/k8s.md). */
export interface NodeView {
  name: string; ready: string; up: boolean; unschedulable: boolean; labels: Record<string, string>;
  taints: Array<{ key: string; value: string; effect: string }>;
  allocatable: { cpuMilli: number; memoryBytes: number; pods: number };
  requested: { cpuMilli: number; memoryBytes: number }; podCount: number;
}
export interface PodView { name: string; namespace: string; node: string | null; status: string; ready: string; restarts: number; ageSec: number; owner: string | null; scheduledReason: string }
export interface EventView { atSec: number; type: string; reason: string; object: string; message: string }
export interface ClusterSnapshot { tSec: number; nodes: NodeView[]; pods: PodView[]; events: EventView[]; counts: Record<string, number> }
