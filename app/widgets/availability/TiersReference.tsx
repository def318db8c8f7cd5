import { BarChart } from '../../charts/BarChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatDurationSec, formatPercent } from '../../charts/scales';
import type { TableData } from '../../charts/table-data';
import { MINUTES_PER_YEAR, UPTIME_TIERS } from './tiers';

/** The Uptime tiers as reference points, with this system's expected downtime among them. */
export function TiersReference({ availability }: { availability: number }) {
  const rows = [
    ...UPTIME_TIERS.map((t) => ({ label: `Tier ${t.tier}`, availability: t.availability, topology: t.topology, mine: false })),
    { label: 'This system', availability, topology: 'your diagram', mine: true },
  ];
  const hours = (a: number) => ((1 - a) * MINUTES_PER_YEAR) / 60;
  const table: TableData = {
    columns: [
      { key: 'label', label: 'reference' },
      { key: 'availability', label: 'availability', unit: 'fraction' },
      { key: 'downtimeHoursPerYear', label: 'downtime per year', unit: 'h' },
      { key: 'topology', label: 'topology' },
    ],
    rows: rows.map((r) => [r.label, r.availability, hours(r.availability), r.topology]),
  };
  const format = (v: number, key: string) => (key === 'availability' ? formatPercent(v) : key === 'downtimeHoursPerYear' ? formatDurationSec(v * 3600) : String(v));
  return (
    <ChartFrame title="Uptime Institute tiers: expected downtime per year" table={table} format={format}>
      <BarChart
        title="Expected downtime per year: Uptime tiers and this system"
        description={`This system: ${formatDurationSec(hours(availability) * 3600)} per year; Tier I allows ${formatDurationSec(hours(0.99671) * 3600)}, Tier IV ${formatDurationSec(hours(0.99995) * 3600)}.`}
        bars={rows.map((r) => ({ label: r.label, value: hours(r.availability), color: r.mine ? 'var(--chart-2)' : 'var(--chart-1)' }))}
        valueLabel="hours of downtime per year"
        format={(v) => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} h`}
      />
      <p className="field-hint">
        Percentages from Turner, Seader &amp; Brill, Uptime Institute white paper (2006); today’s Tier Standard defines tiers by topology, not by a percentage.
      </p>
    </ChartFrame>
  );
}
