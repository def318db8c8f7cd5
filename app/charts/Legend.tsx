export interface LegendItem {
  label: string;
  color: string;
  dash?: string;
  /** 'line' (default) or 'box' (areas, bars, states). */
  shape?: 'line' | 'box';
}

/** A legend as an HTML list (readable by screen readers, wraps on narrow screens). */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((it) => (
        <li key={it.label}>
          <svg width="22" height="12" aria-hidden="true" focusable="false">
            {it.shape === 'box' ? (
              <rect x="3" y="1" width="16" height="10" fill={it.color} />
            ) : (
              <line x1="1" x2="21" y1="6" y2="6" stroke={it.color} strokeWidth="2.5" strokeDasharray={it.dash || undefined} />
            )}
          </svg>
          {it.label}
        </li>
      ))}
    </ul>
  );
}
