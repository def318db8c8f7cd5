import { formatDurationSec, formatNumber, formatPercent } from '../../charts/scales';
import type { AvailabilitySnapshot } from './types';

/** The analytic result: availability, nines, expected downtime, tier — next to what the simulation measured so far. */
export function AnalyticSummary({ snap }: { snap: AvailabilitySnapshot }) {
  const a = snap.analytic;
  const dt = a.downtime;
  const items: Array<[string, string]> = [
    ['Availability (analytic)', formatPercent(a.availability)],
    ['Nines', a.nines === null ? '∞ (never fails)' : formatNumber(a.nines, 3)],
    ['Downtime per year', formatDurationSec(dt.perYearMin * 60)],
    ['per month', formatDurationSec(dt.perMonthMin * 60)],
    ['per week', formatDurationSec(dt.perWeekMin * 60)],
    ['Uptime tier met', a.tier ? `Tier ${a.tier}` : 'below Tier I'],
  ];
  const measured: Array<[string, string]> = [
    ['System now', snap.system.up ? '● up' : '✕ down'],
    ['Measured availability', formatPercent(snap.system.measuredAvailability)],
    ['Outages', String(snap.system.outages)],
    ['Downtime so far', formatDurationSec(snap.system.downtimeSec)],
  ];
  return (
    <div className="av-summary">
      <dl className="av-figures" aria-label="Analytic availability">
        {items.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <dl className="av-figures av-measured" aria-label="Failure simulation so far">
        {measured.map(([k, v]) => (
          <div key={k} className={k === 'System now' ? (snap.system.up ? 'av-up' : 'av-down') : undefined}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
