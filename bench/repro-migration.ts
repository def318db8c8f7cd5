/**
 * `npm run repro -- migration`: the migration model's figures beside the published ones
 * (refs/virtualization.md §C): Xen's downtime and data sent (Clark et al. NSDI 2005), QEMU's
 * recorded run r4 and its model row (§C4), and Liu et al.'s closed form against fluid mode.
 */
import { closedFormPrecopy } from '../engine/migration/analytic';
import { replay } from '../engine/replay';

const MiB = 1024 * 1024;
type Snap = { downtimeSec: number; sentRatio: number; totalTimeSec: number | null; stopReason: string; sentBytes: number; rounds: Array<{ pendingBytesAfter: number }> };

const migrateOnce = (params: Record<string, unknown>, seed = 1, until = 600): Snap =>
  replay({ kind: 'migration', seed, params, commands: [{ at: 0, do: 'startMigration' }], until }).snapshot() as unknown as Snap;

const row = (what: string, published: string, ours: string): void => console.log(`  ${what.padEnd(44)} ${published.padEnd(26)} ${ours}`);

export async function run(): Promise<void> {
  console.log(`  ${'figure'.padEnd(44)} ${'published'.padEnd(26)} ours`);
  const web = { stopRule: 'xen', memoryMiB: 800, bandwidthMbps: 1000, rateLimitMiBps: 0, dirty: { model: 'hotset', hotPages: 6400, ratePagesPerSec: 50000, coldRatePagesPerSec: 4000 } };
  for (const seed of [1, 2, 3]) {
    const s = migrateOnce(web, seed);
    row(`Xen web server, seed ${seed}: downtime`, '100–300 ms (210 SPECweb)', `${(s.downtimeSec * 1000).toFixed(0)} ms`);
    row(`Xen web server, seed ${seed}: data sent`, '1.2–1.5× RAM', `${s.sentRatio.toFixed(2)}× RAM`);
  }
  const mm = migrateOnce({ ...web, dirty: { model: 'uniform', ratePagesPerSec: 40000 } });
  row('Xen, dirtying faster than the link: downtime', '≈ 3.5 s (MMuncher)', `${mm.downtimeSec.toFixed(2)} s (${mm.stopReason})`);
  const r4 = migrateOnce({ memoryMiB: (135322 * 4) / 1024, rateLimitMiBps: 32, zeroPages: { fraction: 83976 / 135322, detect: true }, dirty: { model: 'hotset', hotPages: 32768, ratePagesPerSec: 6000 } }, 3, 60);
  row('QEMU run r4: total time', '13.18 s', `${r4.totalTimeSec!.toFixed(2)} s`);
  row('QEMU run r4: remaining at first sync', '85.6 MiB', `${(r4.rounds[0]!.pendingBytesAfter / MiB).toFixed(1)} MiB`);
  row('QEMU run r4: downtime (rate limit lifted)', '6 ms', `${(r4.downtimeSec * 1000).toFixed(1)} ms`);
  const f = migrateOnce({ mode: 'fluid', memoryMiB: 1024, bandwidthMbps: (100 * MiB * 8) / 1e6, rateLimitMiBps: 0, latencyMs: 0, dirty: { model: 'uniform', ratePagesPerSec: 50 * 256 } });
  const p = closedFormPrecopy(1024 * MiB, 100 * MiB, 50 * MiB, 30 * MiB, 0);
  row('Liu et al. λ = 0.5: total sent', `${(p.totalBytes! / MiB).toFixed(6)} MiB`, `${(f.sentBytes / MiB).toFixed(6)} MiB`);
  row('Liu et al. λ = 0.5: downtime', `${(p.downtimeSec! * 1000).toFixed(6)} ms`, `${(f.downtimeSec * 1000).toFixed(6)} ms`);
}
