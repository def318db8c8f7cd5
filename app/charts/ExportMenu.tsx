import { useRef, useState } from 'react';
import { downloadPng, downloadSvg, downloadText, slug } from './export';
import { tableToJson, toCsv, type TableData } from './table-data';

export interface ExportMenuProps {
  /** Base of the file names ("availability-over-time"). */
  name: string;
  table?: TableData;
  /** Extra JSON to export instead of the table's rows (e.g. scenario + snapshot). */
  json?: () => unknown;
  /** The chart to export as a picture. */
  getSvg?: () => SVGSVGElement | null;
  label?: string;
}

/** Export of a chart's data (CSV/JSON) and picture (SVG/PNG), as a native disclosure menu. */
export function ExportMenu({ name, table, json, getSvg, label = 'Export' }: ExportMenuProps) {
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDetailsElement>(null);
  const base = slug(name);
  // Close the menu after a choice (focus returns to its summary, so keyboard users stay in place).
  const done = () => {
    if (ref.current) ref.current.open = false;
    ref.current?.querySelector('summary')?.focus();
  };
  const picture = async (kind: 'svg' | 'png') => {
    const svg = getSvg?.();
    if (!svg) return setError('There is no chart to export yet.');
    try {
      if (kind === 'svg') downloadSvg(svg, `${base}.svg`);
      else await downloadPng(svg, `${base}.png`);
      setError(null);
      done();
    } catch (e) {
      setError(`Could not export the picture: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <details className="export-menu" ref={ref}>
      <summary className="button">{label}</summary>
      <div className="export-menu-items" role="group" aria-label={`${label} ${name}`}>
        {table && (
          <button type="button" onClick={() => (downloadText(toCsv(table), `${base}.csv`, 'text/csv'), done())}>
            Data (CSV)
          </button>
        )}
        {(json || table) && (
          <button
            type="button"
            onClick={() => (downloadText(json ? JSON.stringify(json(), null, 2) : tableToJson(table!), `${base}.json`, 'application/json'), done())}
          >
            Data (JSON)
          </button>
        )}
        {getSvg && (
          <>
            <button type="button" onClick={() => void picture('svg')}>
              Picture (SVG)
            </button>
            <button type="button" onClick={() => void picture('png')}>
              Picture (PNG)
            </button>
          </>
        )}
        {error && (
          <p role="alert" className="alert alert-error">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
