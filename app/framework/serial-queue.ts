/**
 * A serial queue of engine requests: one at a time, in order, so the app never has two requests
 * in flight against a session. A job pushed with a key replaces a not-yet-started job with the
 * same key (a fast scrub sends only the latest seek).
 */
export interface SerialQueue {
  push(job: () => Promise<void>, key?: string): void;
  /** A job is running or waiting. */
  readonly busy: boolean;
  /** Resolves when the queue has drained (for tests and hosts that must wait). */
  idle(): Promise<void>;
}

export function createSerialQueue(onError: (e: unknown) => void = () => {}): SerialQueue {
  const waiting: Array<{ job: () => Promise<void>; key: string | undefined }> = [];
  let running = false;
  let idleWaiters: Array<() => void> = [];

  const pump = async (): Promise<void> => {
    if (running) return;
    running = true;
    while (waiting.length > 0) {
      const { job } = waiting.shift()!;
      try {
        await job();
      } catch (e) {
        onError(e);
      }
    }
    running = false;
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((w) => w());
  };

  return {
    push(job, key) {
      const same = key === undefined ? -1 : waiting.findIndex((w) => w.key === key);
      if (same >= 0) waiting[same] = { job, key };
      else waiting.push({ job, key });
      void pump();
    },
    get busy() {
      return running || waiting.length > 0;
    },
    idle() {
      if (!running && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
