/**
 * The shape of the `migration` snapshot, for views (`import type` only) and lab authors.
 * Built by migration-snapshot.ts; documented in docs/scenarios/migration.md.
 */
import type { Annotation, Phase, RoundRecord, StopReason } from './migration-state';
import type { Strategy } from './params';
import type { MemoryMap } from './memory-map';
import type { StrategyOutcome } from './strategy-comparison';

export interface AnalyticView {
  model: 'pure-rate' | 'hot-set' | 'page-dedup';
  lambda: number;
  liveRounds: number | null;
  roundBytes: number[];
  roundSeconds: number[];
  totalBytes: number | null;
  totalSec: number | null;
  downtimeSec: number | null;
  converges: boolean;
}

export interface MigrationSnapshotView {
  mode: 'pages' | 'fluid';
  strategy: Strategy;
  stopRule: 'qemu' | 'xen';
  phase: Phase;
  stopReason: StopReason | null;
  tSec: number;
  memoryBytes: number;
  pageSizeBytes: number;
  pages: number;
  lineRateBytesPerSec: number;
  liveRateBytesPerSec: number;
  downtimeLimitSec: number;
  dirtyRatePagesPerSec: number;
  dirtyRateBytesPerSec: number;
  lambda: number;
  startSec: number | null;
  switchoverSec: number | null;
  resumeSec: number | null;
  endSec: number | null;
  totalTimeSec: number | null;
  elapsedSec: number;
  downtimeSec: number;
  rounds: RoundRecord[];
  liveRounds: number;
  remainingBytes: number;
  pendingBytes: number;
  sentBytes: number;
  sentRatio: number;
  sentPages: number;
  thresholdBytes: number;
  measuredBandwidthBytesPerSec: number;
  expectedDowntimeSec: number | null;
  throttlePct: number;
  throttleLostSec: number;
  faults: number;
  faultStallSec: number;
  degradation: number;
  completed: boolean;
  converged: boolean;
  annotations: Annotation[];
  analytic: AnalyticView;
  memoryMap: MemoryMap;
  comparison?: StrategyOutcome[];
}
