/**
 * The discrete-event kernel: a binary min-heap of events ordered by (time, priority, sequence),
 * after SimPy's `Environment` (src/simpy/core.py). Time is an integer number of microseconds;
 * a lower priority number runs first at equal times; the sequence number makes events with equal
 * time and priority run in the order they were scheduled (FIFO), so a run is deterministic.
 *
 * Events are plain data (`{ type, ...payload }`) — never closures — so a model's whole state,
 * queue included, can be cloned, checkpointed and sent to the UI.
 */
export interface QueuedEvent<E> {
  readonly timeUs: number;
  readonly priority: number;
  readonly seq: number;
  readonly event: E;
}

export interface EventQueue<E> {
  /** Schedules `event` at absolute time `timeUs` (an integer ≥ now). */
  schedule(timeUs: number, event: E, priority?: number): void;
  /** The earliest event without removing it, or undefined. */
  peek(): QueuedEvent<E> | undefined;
  /** Removes and returns the earliest event, advancing `now` to its time. */
  pop(): QueuedEvent<E> | undefined;
  /** Pops every event with time ≤ untilUs, calling `handle` for each, then sets now = untilUs. */
  runUntil(untilUs: number, handle: (e: E, timeUs: number) => void): void;
  /** Removes all events matching the predicate (a cancelled timer, a failed host's work). */
  cancel(match: (e: E) => boolean): number;
  readonly size: number;
  readonly nowUs: number;
}

const before = <E>(x: QueuedEvent<E>, y: QueuedEvent<E>): boolean =>
  x.timeUs !== y.timeUs ? x.timeUs < y.timeUs : x.priority !== y.priority ? x.priority < y.priority : x.seq < y.seq;

export function createEventQueue<E>(startUs = 0): EventQueue<E> {
  let heap: QueuedEvent<E>[] = [];
  let seq = 0;
  let now = startUs;

  const siftUp = (i: number): void => {
    const item = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = item;
  };
  const siftDown = (i: number): void => {
    const item = heap[i]!;
    const n = heap.length;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && before(heap[child + 1]!, heap[child]!)) child++;
      if (!before(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  };

  const queue: EventQueue<E> = {
    schedule(timeUs, event, priority = 0) {
      if (!Number.isInteger(timeUs)) throw new RangeError(`event time must be an integer of µs, got ${timeUs}`);
      if (timeUs < now) throw new RangeError(`cannot schedule in the past: ${timeUs} < now ${now}`);
      heap.push({ timeUs, priority, seq: seq++, event });
      siftUp(heap.length - 1);
    },
    peek: () => heap[0],
    pop() {
      const top = heap[0];
      if (!top) return undefined;
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        siftDown(0);
      }
      now = top.timeUs;
      return top;
    },
    runUntil(untilUs, handle) {
      while (heap.length > 0 && heap[0]!.timeUs <= untilUs) {
        const item = queue.pop()!;
        handle(item.event, item.timeUs);
      }
      if (untilUs > now) now = untilUs;
    },
    cancel(match) {
      const kept = heap.filter((q) => !match(q.event));
      const removed = heap.length - kept.length;
      if (removed > 0) {
        heap = [];
        for (const q of kept.sort((x, y) => (before(x, y) ? -1 : 1))) heap.push(q);
      }
      return removed;
    },
    get size() {
      return heap.length;
    },
    get nowUs() {
      return now;
    },
  };
  return queue;
}
