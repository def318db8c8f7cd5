/** The policies run to the end, side by side: energy bar chart plus the full metrics table. */
import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import type { TableData } from '../../charts/table-data';
import type { ComparisonRow } from './types';

export function ComparisonTable({ rows }: { rows: ComparisonRow[] }) {
  if (rows.length === 0) return null;
  const table: TableData = {
    columns: [
      { key: 'policy', label: 'policy' }, { key: 'energy', label: 'energy', unit: 'kWh' }, { key: 'migrations', label: 'migrations' },
      { key: 'slatah', label: 'SLATAH', unit: '%' }, { key: 'pdm', label: 'PDM', unit: '%' }, { key: 'slav', label: 'SLAV', unit: '×10⁻⁵' },
      { key: 'esv', label: 'ESV', unit: '×10⁻³' }, { key: 'shutdowns', label: 'host shutdowns' },
    ],
    rows: rows.map((r) => [r.policy, Number(r.energyKWh.toFixed(2)), r.migrations, Number(r.slatahPct.toFixed(3)), Number(r.pdmPct.toFixed(4)),
      Number((r.slavPct * 1000).toFixed(3)), Number((r.esv * 1000).toFixed(4)), r.hostShutdowns]),
  };
  const best = [...rows].sort((a, b) => a.energyKWh - b.energyKWh)[0]!;
  return (
    <ChartFrame title="Policies compared over the whole day" table={table} initialView="table">
      <BarChart title="Energy per policy" description={`Lowest energy: ${best.policy} with ${best.energyKWh.toFixed(1)} kWh`}
        bars={rows.map((r) => ({ label: r.policy, value: r.energyKWh }))} valueLabel="energy (kWh)" />
    </ChartFrame>
  );
}
