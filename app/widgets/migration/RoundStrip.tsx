/**
 * A strip under the dirty-page curve, on the same time axis (same margins and niced scale as
 * LineChart): one band per round — live rounds alternating, stop-and-copy and post-copy in their
 * own colours — with ticks for throttle steps and the switchover. The Events list and the rounds
 * table carry the same facts as text.
 */
import { useId } from 'react';
import { chartColor } from '../../charts/palette';
import { extentOf, linearScale } from '../../charts/scales';
import { useElementWidth } from '../../charts/useElementWidth';
import type { MigrationSnapshotView } from '../../../engine/migration/snapshot-types';

const M = { left: 64, right: 14 };
const FILL: Record<string, number> = { live: 0, 'stop-and-copy': 1, postcopy: 2, 'suspend-resume': 1 };

export function RoundStrip({ snap, times }: { snap: MigrationSnapshotView; times: ArrayLike<number> }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const id = useId();
  const innerW = Math.max(40, width - M.left - M.right);
  const xs = linearScale(extentOf([times]), [0, innerW], true);
  const marks = snap.annotations.filter((a) => a.label.startsWith('throttle') || a.label.startsWith('switchover'));
  const clamp = (t: number) => Math.max(0, Math.min(innerW, xs(t)));
  return (
    <div ref={ref} className="chart mig-strip">
      <svg role="img" aria-labelledby={`${id}-t`} width={width} height={34} className="chart-svg">
        <title id={`${id}-t`}>{`Rounds on the time axis: ${snap.rounds.length} rounds, ${marks.length} throttle steps or switchovers`}</title>
        <g transform={`translate(${M.left},4)`}>
          {snap.rounds.filter((r) => r.endSec >= xs.domain()[0]! && r.startSec <= xs.domain()[1]!).map((r) => (
            <rect key={r.index} x={clamp(r.startSec)} width={Math.max(1, clamp(r.endSec) - clamp(r.startSec))} y={0} height={14}
              fill={chartColor(FILL[r.phase] ?? 0)} fillOpacity={r.phase === 'live' ? (r.index % 2 ? 0.35 : 0.7) : 0.9}>
              <title>{`${r.phase} ${r.index}: ${r.startSec.toFixed(2)}–${r.endSec.toFixed(2)} s`}</title>
            </rect>
          ))}
          {marks.filter((a) => a.tSec >= xs.domain()[0]! && a.tSec <= xs.domain()[1]!).map((a, i) => (
            <g key={i} transform={`translate(${clamp(a.tSec)},0)`}>
              <line y1={-2} y2={18} stroke="var(--fg)" strokeWidth={1.5} />
              <text y={28} fontSize={10} fill="var(--fg-muted)" textAnchor="middle">{a.label.startsWith('throttle') ? a.label.replace('throttle ', '') : 'switch'}</text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
