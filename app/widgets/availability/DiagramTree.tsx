import type { KeyboardEvent } from 'react';
import { formatPercent } from '../../charts/scales';
import { isGroup, type BlockState, type DiagramBlock } from './types';

export interface DiagramTreeProps {
  root: DiagramBlock;
  states: Record<string, BlockState>;
  selectedId: string;
  onSelect(id: string): void;
}

const TYPE_TEXT = { component: 'component', series: 'series', parallel: 'parallel', kofn: 'k-of-n' } as const;

/**
 * The diagram as nested lists of buttons: Tab or ↑/↓ move between blocks, Enter/Space selects
 * one for editing. Each row says its type, analytic availability and simulated state in words.
 */
export function DiagramTree({ root, states, selectedId, onSelect }: DiagramTreeProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-block]'));
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const j = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : i + (e.key === 'ArrowDown' ? 1 : -1);
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, j))];
    if (target) {
      e.preventDefault();
      target.focus();
    }
  };
  return (
    <div className="av-tree" onKeyDown={onKeyDown}>
      <ul aria-label="Reliability block diagram">
        <TreeNode block={root} states={states} selectedId={selectedId} onSelect={onSelect} />
      </ul>
    </div>
  );
}

function TreeNode({ block, states, selectedId, onSelect }: { block: DiagramBlock } & Omit<DiagramTreeProps, 'root'>) {
  const st = states[block.id];
  const group = isGroup(block);
  const kText = block.type === 'kofn' ? ` ${block.k ?? '?'} of ${block.blocks.length}` : '';
  return (
    <li>
      <button
        type="button"
        data-block={block.id}
        className={`av-node ${st && !st.up ? 'av-node-down' : ''}`}
        aria-current={block.id === selectedId ? 'true' : undefined}
        onClick={() => onSelect(block.id)}
      >
        <span className="av-node-name">{block.label ?? block.id}</span>
        <span className="av-node-meta">
          {TYPE_TEXT[block.type]}
          {kText}
          {st ? ` · A = ${formatPercent(st.availability)}` : ''}
        </span>
        {st && <span className={st.up ? 'av-state av-state-up' : 'av-state av-state-down'}>{st.up ? '● up' : '✕ down'}</span>}
      </button>
      {group && (
        <ul className={`av-children av-children-${block.type}`}>
          {block.blocks.map((b) => (
            <TreeNode key={b.id} block={b} states={states} selectedId={selectedId} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}
