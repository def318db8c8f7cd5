/**
 * A series recorder backed by typed arrays: one Float64Array per named column plus the time
 * column `tSec`, grown by doubling. Charts read it without copying objects, and the worker
 * transfers the buffers to the UI instead of cloning arrays of objects.
 */
export type SeriesBundle = Record<string, Float64Array>;

export interface SeriesRecorder {
  /** Appends one row: the time in seconds and a value for every column (missing → NaN). */
  record(tSec: number, values: Readonly<Record<string, number>>): void;
  /** Trimmed copies of every column, `tSec` first. */
  bundle(): SeriesBundle;
  readonly length: number;
  readonly columns: readonly string[];
}

export function createSeriesRecorder(columns: readonly string[], initialCapacity = 256): SeriesRecorder {
  let capacity = Math.max(1, initialCapacity);
  let length = 0;
  const names = ['tSec', ...columns];
  let data = names.map(() => new Float64Array(capacity));

  const grow = (): void => {
    capacity *= 2;
    data = data.map((old) => {
      const next = new Float64Array(capacity);
      next.set(old);
      return next;
    });
  };

  return {
    record(tSec, values) {
      if (length === capacity) grow();
      data[0]![length] = tSec;
      for (let i = 0; i < columns.length; i++) {
        const v = values[columns[i]!];
        data[i + 1]![length] = v === undefined ? Number.NaN : v;
      }
      length++;
    },
    bundle() {
      const out: SeriesBundle = {};
      names.forEach((name, i) => {
        out[name] = data[i]!.slice(0, length);
      });
      return out;
    },
    get length() {
      return length;
    },
    columns,
  };
}

/** Plain-array view of a bundle (for JSON output in the CLI and for lab checks). */
export function seriesToJson(bundle: SeriesBundle): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(bundle)) out[k] = Array.from(v, (x) => (Number.isFinite(x) ? x : Number.NaN));
  return out;
}
