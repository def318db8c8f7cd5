/** The headline figures, simulated beside the closed form, with the literature's reference points. */
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';
import { formatBytes, formatSeconds, STOP_REASON_TEXT } from './analytic-curve';

export function MigrationSummary({ snap }: { snap: MigrationSnapshotView }) {
  const a = snap.analytic;
  const rate = `${formatBytes(snap.dirtyRateBytesPerSec)}/s`;
  const rows: Array<[string, string, string]> = [
    ['Downtime', snap.switchoverSec === null ? '—' : formatSeconds(snap.downtimeSec), a.converges ? formatSeconds(a.downtimeSec) : 'never converges'],
    ['Total time', formatSeconds(snap.totalTimeSec), formatSeconds(a.totalSec)],
    ['Data sent', `${formatBytes(snap.sentBytes)} (${snap.sentRatio.toFixed(2)}× RAM)`, a.totalBytes === null ? '—' : `${formatBytes(a.totalBytes)} (${(a.totalBytes / snap.memoryBytes).toFixed(2)}× RAM)`],
    ['Live rounds', String(snap.liveRounds), a.liveRounds === null ? '∞' : String(a.liveRounds)],
  ];
  return (
    <section className="mig-summary" aria-labelledby="mig-summary-h">
      <h3 id="mig-summary-h">Outcome</h3>
      <p>
        {formatBytes(snap.memoryBytes)} VM, dirty rate {rate} against a live rate of {formatBytes(snap.liveRateBytesPerSec)}/s:
        λ = D/R = <strong>{snap.lambda.toFixed(2)}</strong> {snap.lambda < 1 ? '(< 1: pre-copy can converge)' : '(≥ 1: pre-copy cannot converge on its own)'}.
        {snap.stopReason && <> Stop: <strong>{STOP_REASON_TEXT[snap.stopReason] ?? snap.stopReason}</strong>.</>}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Simulated outcome and closed-form prediction</caption>
        <thead><tr><th scope="col">figure</th><th scope="col">simulated</th><th scope="col">closed form ({a.model})</th></tr></thead>
        <tbody>{rows.map(([k, s, p]) => <tr key={k}><th scope="row">{k}</th><td>{s}</td><td>{p}</td></tr>)}</tbody>
      </table>
      <p className="field-hint">
        Threshold {formatBytes(snap.thresholdBytes)} = measured bandwidth × {formatSeconds(snap.downtimeLimitSec)} downtime limit.
        Guest cost: throttle {snap.throttlePct} %, {snap.faults} post-copy faults, {(snap.degradation * 100).toFixed(1)} % of its time lost.
        {snap.mode === 'pages' && snap.stopRule === 'qemu' && ' Page mode syncs as QEMU does, when the pages left fall to the threshold, so its last copy is close to the threshold; the closed form syncs only at the end of each round.'}
        {' '}Reference: Xen (Clark et al. 2005) 60 ms (Quake 3) to 210 ms (SPECweb99) downtime, 1.2–1.5× RAM sent.
      </p>
    </section>
  );
}
