/**
 * The analytic (closed-form) "remaining to send" curve sampled at the simulation's times, so it
 * can share the chart's x array: in round i (start t_i, length T_i) the sender drains V_i
 * linearly, remaining(t) = V_i · (1 − (t − t_i)/T_i). NaN before the start and after the last
 * live round (the stop-and-copy is not part of the live curve).
 */
import type { AnalyticView } from '../../../engine/migration/snapshot-types';

export function analyticRemaining(a: AnalyticView, startSec: number | null, times: ArrayLike<number>): Float64Array {
  const out = new Float64Array(times.length).fill(Number.NaN);
  if (startSec === null) return out;
  const live = a.liveRounds ?? a.roundBytes.length;
  const edges: number[] = [startSec];
  for (let i = 0; i < live; i++) edges.push(edges[i]! + (a.roundSeconds[i] ?? 0));
  for (let k = 0; k < times.length; k++) {
    const t = times[k]!;
    if (t < startSec || t > edges[live]!) continue;
    let i = 0;
    while (i < live - 1 && t >= edges[i + 1]!) i++;
    const T = a.roundSeconds[i] ?? 0;
    out[k] = T > 0 ? a.roundBytes[i]! * (1 - (t - edges[i]!) / T) : 0;
  }
  return out;
}

/** Seconds → readable "1.23 s" / "210 ms". */
export function formatSeconds(sec: number | null): string {
  if (sec === null || !Number.isFinite(sec)) return '—';
  if (sec < 1) return `${(sec * 1000).toFixed(sec < 0.01 ? 2 : 0)} ms`;
  return `${sec.toFixed(sec < 10 ? 2 : 1)} s`;
}

export const MIB = 1024 * 1024;

/** Bytes → "123.4 MiB" / "1.20 GiB". */
export function formatBytes(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes)) return '—';
  if (bytes >= 1024 * MIB) return `${(bytes / 1024 / MIB).toFixed(2)} GiB`;
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

export const STOP_REASON_TEXT: Record<string, string> = {
  'below-threshold': 'converged: pending data fit the downtime limit',
  'max-rounds': 'forced: round cap reached',
  'max-total': 'forced: byte cap reached',
  'not-shrinking': 'forced (Xen): a round grew',
  'switched-to-post-copy': 'switched to post-copy',
  cancelled: 'cancelled',
  'not-live': 'not live: VM stopped for the whole copy',
};
