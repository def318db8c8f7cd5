/**
 * Container restart back-off (kubelet kuberuntime_manager.go doBackOff with client-go
 * flowcontrol.Backoff: initial 10 s, doubling, max 300 s; an entry not updated for 2 × max =
 * 10 min is forgotten). The first exit restarts at once and creates the 10 s entry; each later
 * exit waits the entry's current back-off (CrashLoopBackOff), and the restart doubles it:
 * waits 0, 10, 20, 40, 80, 160, 300, 300 … s.
 */
import type { ContainerStatus } from '../types';

export const INITIAL_BACKOFF_SEC = 10;
export const MAX_BACKOFF_SEC = 300;

/** Seconds to wait before restarting a container that exited at `finishedUs`. */
export function restartDelaySec(cs: ContainerStatus, finishedUs: number): number {
  if (cs.backoffUpdatedUs !== null && finishedUs - cs.backoffUpdatedUs > 2 * MAX_BACKOFF_SEC * 1e6) {
    cs.backoffSec = 0;
    cs.backoffUpdatedUs = null;
  }
  if (cs.backoffSec === 0) {
    nextBackoff(cs, finishedUs);
    return 0;
  }
  return cs.backoffSec;
}

/** flowcontrol.Backoff.Next: first call sets 10 s, later calls double up to 300 s. */
export function nextBackoff(cs: ContainerStatus, atUs: number): void {
  cs.backoffSec = cs.backoffSec === 0 ? INITIAL_BACKOFF_SEC : Math.min(cs.backoffSec * 2, MAX_BACKOFF_SEC);
  cs.backoffUpdatedUs = atUs;
}
