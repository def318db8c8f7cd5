/** The datacenter snapshot as this widget reads it (engine/topology/datacenter-snapshot.ts). */
export interface DcNode { id: string; kind: string; pod: number; rack: number; up: boolean; utilization?: number; powerW?: number }
export interface DcLink { id: string; a: string; b: string; capacityGbps: number; up: boolean }
export interface Plant { scheme: string; unitsNeeded: number; unitsInstalled: number; failuresTolerated: number; availability: number }

export interface DatacenterSnapshot {
  topology: string;
  hostCount: number;
  switchCount: number;
  linkCount: number;
  nodes: DcNode[];
  links: DcLink[];
  pdus: Array<{ id: string; up: boolean; racks: number[] }>;
  unpoweredRacks: number[];
  failed: string[];
  downHosts: number;
  downSwitches: number;
  reachablePairsPct: number;
  selected: { from: string; to: string; pathCount: number; hops: number; paths: string[][] } | null;
  bisectionGbps: number;
  fullBisectionGbps: number;
  bisectionRatio: number;
  itPowerW: number;
  facility: { ups: Plant; cooling: Plant; source: number; power: number; site: number; downtimeHoursPerYear: number; tier: string | null };
}
