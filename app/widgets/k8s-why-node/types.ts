/** Scheduling explanation records of the `k8s` snapshot (engine/k8s/scheduler/explanation.ts). */
export interface ExplanationView {
  pod: string; atSec: number; attempt: number; nodesTotal: number; nodesToFind: number; nodesExamined: number; startIndex: number;
  filtered: Array<{ node: string; plugin: string; reasons: string[] }>;
  scored: Array<{ node: string; scores: Record<string, [number, number]>; total: number }>;
  weights: Record<string, number>; skippedPlugins: string[]; ties: string[]; winner: string | null; tieBreak: string; message: string;
}
export interface WhySnapshot { explanations: ExplanationView[] }
