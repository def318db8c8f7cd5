/**
 * Puts our Let's Wait Awhile numbers beside the published ones (derived/*.csv in the shared data):
 * one row per (scenario, configuration) with ours, published and the difference in percentage points.
 */
import type { StudyResult } from './run-study';

export interface ComparisonRow {
  scenario: 'I nightly' | 'II ad hoc';
  region: string;
  config: string;
  error: number;
  ours: number;
  published: number;
  diffPp: number;
}

type Row = Record<string, string>;

export function compareStudy(region: string, ours: StudyResult, periodicRows: Row[], adhocRows: Row[]): ComparisonRow[] {
  const out: ComparisonRow[] = [];
  for (const p of ours.periodic) {
    for (const row of periodicRows.filter((r) => r.region === region && Number(r.forecast_error) === p.error)) {
      const w = Number(row.window_steps);
      out.push(make('I nightly', region, `±${Number(row.window_hours).toFixed(1)} h`, p.error, p.savingPct[w]!, Number(row.saving_pct)));
    }
  }
  for (const a of ours.adhoc) {
    const rule = a.rule.replace('-', '_');
    const row = adhocRows.find((r) => r.region === region && r.deadline_rule === rule && r.interruptible === (a.interruptible ? 'True' : 'False') && Number(r.forecast_error) === a.error);
    if (row) out.push(make('II ad hoc', region, `${a.rule}${a.interruptible ? ' interruptible' : ''}`, a.error, a.savingPct, Number(row.saving_pct)));
  }
  return out;
}

function make(scenario: ComparisonRow['scenario'], region: string, config: string, error: number, ours: number, published: number): ComparisonRow {
  return { scenario, region, config, error, ours, published, diffPp: ours - published };
}

/** Max |diff| per forecast error, for the summary line. */
export function maxAbsDiffByError(rows: readonly ComparisonRow[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rows) out.set(r.error, Math.max(out.get(r.error) ?? 0, Math.abs(r.diffPp)));
  return out;
}
