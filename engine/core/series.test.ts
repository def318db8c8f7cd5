import { describe, expect, it } from 'vitest';
import { createSeriesRecorder, seriesToJson } from './series';

describe('createSeriesRecorder', () => {
  it('grows past its initial capacity and returns trimmed typed arrays with tSec first', () => {
    const rec = createSeriesRecorder(['a', 'b'], 2);
    for (let i = 0; i < 10; i++) rec.record(i, { a: i * 2, b: i * 3 });
    const bundle = rec.bundle();
    expect(Object.keys(bundle)).toEqual(['tSec', 'a', 'b']);
    expect(bundle.a).toBeInstanceOf(Float64Array);
    expect(Array.from(bundle.b!)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27]);
    expect(rec.length).toBe(10);
  });

  it('records a missing column as NaN', () => {
    const rec = createSeriesRecorder(['a', 'b']);
    rec.record(0, { a: 1 });
    expect(Number.isNaN(rec.bundle().b![0])).toBe(true);
    expect(seriesToJson(rec.bundle()).a).toEqual([1]);
  });
});
