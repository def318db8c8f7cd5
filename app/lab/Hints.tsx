/** Hints behind disclosure widgets; opening one records it in progress (hints stay open after a reload). */
import type { Hint } from '../../engine/lab/types';
import { Markdown } from './Markdown';

export function Hints({ hints, revealed, onReveal, label = 'Hint' }: { hints: Hint[]; revealed: string[]; onReveal(id: string): void; label?: string }) {
  if (!hints.length) return null;
  return (
    <div className="lab-hints">
      {hints.map((h, i) => (
        <details key={h.id} open={revealed.includes(h.id)} onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && onReveal(h.id)}>
          <summary>
            {label} {hints.length > 1 ? i + 1 : ''}
          </summary>
          <Markdown text={h.text} />
        </details>
      ))}
    </div>
  );
}
