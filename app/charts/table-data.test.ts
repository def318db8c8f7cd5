import { describe, expect, it } from 'vitest';
import { seriesTable, tableToJson, toCsv } from './table-data';

describe('CSV export', () => {
  it('writes a header with units and one CRLF-terminated line per row', () => {
    const csv = toCsv({ columns: [{ key: 't', label: 'time', unit: 's' }, { key: 'a', label: 'availability' }], rows: [[0, 1], [1.5, 0.99]] });
    expect(csv).toBe('time (s),availability\r\n0,1\r\n1.5,0.99\r\n');
  });
  it('quotes fields with commas, quotes and newlines (RFC 4180)', () => {
    const csv = toCsv({ columns: [{ key: 'n', label: 'name, full' }], rows: [['say "hi"'], ['a\nb']] });
    expect(csv).toBe('"name, full"\r\n"say ""hi"""\r\n"a\nb"\r\n');
  });
  it('leaves missing values (NaN, null) empty and keeps full precision', () => {
    const csv = toCsv({ columns: [{ key: 'x', label: 'x' }, { key: 'y', label: 'y' }], rows: [[NaN, null], [0.1 + 0.2, true]] });
    expect(csv).toBe('x,y\r\n,\r\n0.30000000000000004,true\r\n');
  });
  it('defuses spreadsheet formulas in text cells', () => {
    expect(toCsv({ columns: [{ key: 'c', label: 'c' }], rows: [['=SUM(A1)'], ['-5']] })).toBe("c\r\n'=SUM(A1)\r\n-5\r\n");
  });
});

describe('series tables', () => {
  it('gives the same table for the same bundle and columns, and builds its rows only when read', () => {
    const bundle = { tSec: Float64Array.of(0, 1, 2), up: Float64Array.of(1, 1, 0) };
    const columns = () => [{ key: 'tSec', label: 'time', unit: 's' }, { key: 'up', label: 'up' }];
    const a = seriesTable(bundle, columns());
    expect(seriesTable(bundle, columns())).toBe(a);
    expect(seriesTable({ ...bundle }, columns())).not.toBe(a);
    expect(a.rows).toEqual([[0, 1], [1, 1], [2, 0]]);
    expect(a.rows).toBe(a.rows);
  });
  it('turns series columns into rows, skipping unknown columns', () => {
    const t = seriesTable({ tSec: Float64Array.of(0, 1), up: Float64Array.of(1, 0) }, [
      { key: 'tSec', label: 'time', unit: 's' },
      { key: 'up', label: 'up' },
      { key: 'missing', label: 'missing' },
    ]);
    expect(t.columns.map((c) => c.key)).toEqual(['tSec', 'up']);
    expect(t.rows).toEqual([[0, 1], [1, 0]]);
    expect(JSON.parse(tableToJson(t))).toEqual([{ tSec: 0, up: 1 }, { tSec: 1, up: 0 }]);
  });
});
