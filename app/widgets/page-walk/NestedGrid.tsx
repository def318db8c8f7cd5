/**
 * The 2-D walk grid (after Bhargava et al. ASPLOS'08, fig. 2): one row per host walk — gCR3's table,
 * each guest table, the data gPA — host levels across, the guest entry last. Cells appear in walk
 * order as you step; large pages on either side remove rows or columns (24 → 19, 15, 14, 11, 8 …).
 */
import type { SimulationHandle } from '../types';
import { nestedGrid, type LastView } from './walk-view';

const SIZES = ['4K', '2M', '1G'] as const;

function alignDown(hex: string, size: string): string {
  const bytes = size === '1G' ? 1n << 30n : size === '2M' ? 1n << 21n : 1n << 12n;
  const v = BigInt(hex);
  return `0x${(v - (v % bytes)).toString(16)}`;
}

/** New params with every guest mapping (or the EPT auto-map) at `size`. */
function withPageSize(params: Record<string, unknown>, side: 'guest' | 'host', size: string): Record<string, unknown> {
  if (side === 'host') return { ...params, ept: { ...(params.ept as object | undefined), pageSize: size } };
  const maps = (params.mappings as Array<Record<string, unknown>> | undefined) ?? [];
  const aligned = maps.map((m) => ({ ...m, pageSize: size, va: alignDown(String(m.va), size), pa: alignDown(String(m.pa), size) }));
  // Pages that fall into the same large page collapse into one mapping (the first one's flags).
  return { ...params, mappings: aligned.filter((m, i) => aligned.findIndex((o) => o.va === m.va) === i) };
}

interface Props { sim: SimulationHandle; readonly: boolean; last: LastView; shown: number; hostLevels: number }

export function NestedGrid({ sim, readonly, last, shown, hostLevels }: Props) {
  const grid = nestedGrid(last.reads, hostLevels);
  const params = sim.scenario.params;
  const guestSize = String(((params.mappings as Array<Record<string, unknown>> | undefined)?.[0]?.pageSize) ?? '4K');
  const hostSize = String((params.ept as Record<string, unknown> | undefined)?.pageSize ?? '4K');
  const select = (side: 'guest' | 'host', value: string) => (
    <label className="field">{side === 'guest' ? 'Guest page size' : 'Host (EPT) page size'}
      <select value={value} disabled={readonly} style={{ minHeight: 'var(--target-min)' }} onChange={(e) => sim.setParams(withPageSize(params, side, e.target.value))}>
        {SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
      </select>
    </label>
  );
  return (
    <section aria-label="Two-dimensional walk grid">
      <div className="row" style={{ gap: 'var(--space-2)', flexWrap: 'wrap', alignItems: 'end' }}>
        {select('guest', guestSize)}{select('host', hostSize)}
        <span className="badge" aria-live="polite">{Math.min(shown, last.reads.length)} of {last.reads.length} references</span>
      </div>
      <table className="data-table" style={{ marginTop: 'var(--space-2)' }}>
        <caption>Each cell is one entry read, numbered in walk order</caption>
        <thead><tr><th scope="col">host walk for…</th>{grid.cols.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
        <tbody>
          {grid.rows.map((rowLabel, r) => (
            <tr key={r}>
              <th scope="row">{rowLabel}</th>
              {grid.cols.map((_, c) => {
                const cell = grid.cells.find((x) => x.row === r && x.col === c);
                const visible = cell !== undefined && cell.order < shown;
                return (
                  <td key={c} style={{ textAlign: 'center', background: visible ? (cell.read.dim === 'host' ? 'var(--accent-soft)' : 'var(--ok-soft)') : undefined }}>
                    {visible ? cell.order + 1 : cell ? '·' : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" style={{ fontSize: 'var(--font-size-small)' }}>
        n guest levels on m host levels read n·(m+1) + m = (n+1)(m+1) − 1 entries without caches: 24 for 4 × 4.
        A 2 MiB page removes one level from its dimension, a 1 GiB page two.
      </p>
    </section>
  );
}
