/**
 * The shapes the availability widget reads and writes: the diagram as written in params (see
 * docs/scenarios/availability.md) and the model's snapshot. Declared here because app/ imports
 * engine types only, and the snapshot is plain JSON.
 */
export type BlockType = 'component' | 'series' | 'parallel' | 'kofn';

export interface DiagramComponent {
  type: 'component';
  id: string;
  label?: string;
  availability?: number;
  mtbfHours?: number;
  mttrHours?: number;
}

export interface DiagramGroup {
  type: 'series' | 'parallel' | 'kofn';
  id: string;
  label?: string;
  k?: number;
  blocks: DiagramBlock[];
}

export type DiagramBlock = DiagramComponent | DiagramGroup;

export interface AvailabilityParams {
  diagram: DiagramBlock;
  defaultMttrHours?: number;
  sampleEverySec?: number;
}

export interface BlockState {
  type: BlockType;
  label: string;
  availability: number;
  up: boolean;
  k: number;
}

export interface ComponentState {
  id: string;
  up: boolean;
  failures: number;
  downtimeSec: number;
  mtbfHours: number | null;
  mttrHours: number;
}

export interface AvailabilitySnapshot {
  tSec: number;
  analytic: {
    availability: number;
    unavailability: number;
    nines: number | null;
    downtime: { perYearMin: number; perMonthMin: number; perWeekMin: number; perDayMin: number };
    tier: 'I' | 'II' | 'III' | 'IV' | null;
  };
  blocks: Record<string, BlockState>;
  components: ComponentState[];
  system: { up: boolean; outages: number; downtimeSec: number; measuredAvailability: number };
}

export function isGroup(b: DiagramBlock): b is DiagramGroup {
  return b.type !== 'component';
}
