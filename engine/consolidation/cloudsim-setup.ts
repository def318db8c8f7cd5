/**
 * The host and VM types of CloudSim's PlanetLab consolidation experiment (Beloglazov & Buyya 2012;
 * CloudSim 3.0.3 ex/Helper.java, ex/planetlab/PlanetLabConstants.java, ex/Constants.java).
 * See ../shared/refs/cloudsim-consolidation.md §B1–B3.
 *
 * Units: MIPS, MB of RAM, kbit/s of bandwidth (CloudSim's "1 Gbit/s" host BW is 1 000 000), seconds.
 */
import { HP_ML110_G4_W, HP_ML110_G5_W } from '../energy/specpower-servers';

export const SCHEDULING_INTERVAL_SEC = 300;
/** CloudSim's minimum time between events: the 0.1 s offset of every tick (B5). */
export const TICK_OFFSET_SEC = 0.1;
export const SIMULATION_LIMIT_SEC = 86400;
export const HISTORY_LENGTH = 30;
/** Host BW 1 000 000 kbit/s; migrations use half of it: RAM ÷ (BW ÷ 16 000) = RAM ÷ 62.5 s (B14). */
export const HOST_BW = 1_000_000;
export const VM_BW = 100_000;
export const HOST_RAM_MB = 4096;

export interface HostType {
  name: string;
  pes: number;
  peMips: number;
  /** SPECpower table, W at 0 %, 10 %, …, 100 %. */
  powerW: readonly number[];
}

/** Host i has type i mod 2 (B2). */
export const CLOUDSIM_HOST_TYPES: readonly HostType[] = [
  { name: 'HP ProLiant ML110 G4 (Xeon 3040)', pes: 2, peMips: 1860, powerW: HP_ML110_G4_W },
  { name: 'HP ProLiant ML110 G5 (Xeon 3075)', pes: 2, peMips: 2660, powerW: HP_ML110_G5_W },
];

export interface VmType {
  mips: number;
  ramMb: number;
}

/** VM i has type ⌊i / ⌈N/4⌉⌋ — by block, not round-robin (B3). */
export const CLOUDSIM_VM_TYPES: readonly VmType[] = [
  { mips: 2500, ramMb: 870 },
  { mips: 2000, ramMb: 1740 },
  { mips: 1000, ramMb: 1740 },
  { mips: 500, ramMb: 613 },
];

export function vmTypeIndex(vmIndex: number, vmCount: number): number {
  return Math.floor(vmIndex / Math.ceil(vmCount / CLOUDSIM_VM_TYPES.length));
}

/** Migration time as CloudSim computes it: vm.getRam() / (targetHost.getBw() / (2 * 8000)). */
export function migrationTimeSec(ramMb: number): number {
  return ramMb / (HOST_BW / (2 * 8000));
}
