/**
 * The host map: one square per host, coloured by utilization (off hosts hatched grey), as SVG —
 * a few hundred to ~1 000 rects. Text alternative: the table of host utilizations.
 */
import { ChartFrame } from '../../charts/ChartFrame';
import type { TableData } from '../../charts/table-data';

const CELL = 14;

function fill(u: number): string {
  if (u <= 0) return 'var(--bg-sunken)';
  // mix from --heat-low to --heat-high by utilization
  return `color-mix(in srgb, var(--heat-high) ${Math.round(Math.min(1, u) * 100)}%, var(--heat-low))`;
}

export function HostMap({ utilization, tSec }: { utilization: number[]; tSec: number }) {
  const cols = Math.min(40, Math.max(10, Math.ceil(Math.sqrt(utilization.length * 2))));
  const rows = Math.ceil(utilization.length / cols);
  const active = utilization.filter((u) => u > 0).length;
  const overloaded = utilization.filter((u) => u >= 0.999).length;
  const table: TableData = {
    columns: [{ key: 'host', label: 'host' }, { key: 'type', label: 'type' }, { key: 'u', label: 'utilization', unit: '%' }],
    rows: utilization.map((u, i) => [`host-${i}`, i % 2 === 0 ? 'ML110 G4' : 'ML110 G5', Number((u * 100).toFixed(1))]),
  };
  return (
    <ChartFrame title="Host map" table={table}>
      <svg className="chart-svg cs-hostmap" role="img" viewBox={`0 0 ${cols * CELL} ${rows * CELL}`} aria-labelledby="cs-hostmap-t cs-hostmap-d">
        <title id="cs-hostmap-t">Host map</title>
        <desc id="cs-hostmap-d">{`${active} of ${utilization.length} hosts on at ${Math.round(tSec)} s, ${overloaded} at 100 %. Darker = busier; empty squares are switched off.`}</desc>
        {utilization.map((u, i) => (
          <rect key={i} x={(i % cols) * CELL + 1} y={Math.floor(i / cols) * CELL + 1} width={CELL - 2} height={CELL - 2}
            fill={fill(u)} stroke={u <= 0 ? 'var(--border)' : 'none'}>
            <title>{`host-${i}: ${u <= 0 ? 'off' : `${(u * 100).toFixed(0)} %`}`}</title>
          </rect>
        ))}
      </svg>
      <p className="field-hint">Darker squares are busier hosts; outlined empty squares are switched off (no load).</p>
    </ChartFrame>
  );
}
