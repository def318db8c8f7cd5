import { useState } from 'react';
import { addChild, canRemove, changeType, moveBlock, parentOf, removeBlock, updateBlock } from './diagram-edit';
import { isGroup, type BlockType, type DiagramBlock } from './types';

export interface BlockEditorProps {
  root: DiagramBlock;
  block: DiagramBlock;
  readonly: boolean;
  /** A new diagram to run (the engine validates it; errors keep the previous one running). */
  onChange(root: DiagramBlock, selectId?: string): void;
}

/** Edits the selected block: label, type, k, availability or MTBF/MTTR, and its place in the tree. */
export function BlockEditor({ root, block, readonly, onChange }: BlockEditorProps) {
  const [label, setLabel] = useState(block.label ?? '');
  const [k, setK] = useState(isGroup(block) ? (block.k ?? 1) : 1);
  const comp = block.type === 'component' ? block : null;
  const [mode, setMode] = useState<'availability' | 'mtbf'>(comp?.mtbfHours !== undefined ? 'mtbf' : 'availability');
  const [availability, setAvailability] = useState(String(comp?.availability ?? 0.99));
  const [mtbf, setMtbf] = useState(String(comp?.mtbfHours ?? 2000));
  const [mttr, setMttr] = useState(comp?.mttrHours !== undefined ? String(comp.mttrHours) : '');
  const parent = parentOf(root, block.id);
  const index = parent ? parent.blocks.findIndex((b) => b.id === block.id) : 0;
  const save = () => {
    const patch: Record<string, unknown> = { label: label.trim() || undefined };
    if (block.type === 'kofn') patch.k = k;
    if (comp && mode === 'availability') Object.assign(patch, { availability: Number(availability), mtbfHours: undefined });
    if (comp && mode === 'mtbf') Object.assign(patch, { availability: undefined, mtbfHours: Number(mtbf), mttrHours: mttr === '' ? undefined : Number(mttr) });
    onChange(updateBlock(root, block.id, patch));
  };
  const id = (s: string) => `av-${block.id}-${s}`;
  return (
    <form className="av-editor" aria-label={`Edit block ${block.id}`} noValidate onSubmit={(e) => (e.preventDefault(), save())}>
      <h4>
        Block <code>{block.id}</code>
      </h4>
      <fieldset disabled={readonly}>
        <div className="field">
          <label htmlFor={id('type')}>Type</label>
          <select id={id('type')} value={block.type} onChange={(e) => onChange(changeType(root, block.id, e.target.value as BlockType))}>
            <option value="component">component</option>
            <option value="series">series (all must be up)</option>
            <option value="parallel">parallel (one is enough)</option>
            <option value="kofn">k-of-n (at least k up)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('label')}>Label</label>
          <input id={id('label')} value={label} placeholder={block.id} onChange={(e) => setLabel(e.target.value)} />
        </div>
        {isGroup(block) && block.type === 'kofn' && (
          <div className="field">
            <label htmlFor={id('k')}>k (up of {block.blocks.length})</label>
            <input id={id('k')} type="number" min={1} max={block.blocks.length} step={1} value={k} onChange={(e) => setK(Number(e.target.value))} />
          </div>
        )}
        {comp && (
          <fieldset className="av-describe">
            <legend>Describe it by</legend>
            <label className="row">
              <input type="radio" name={id('mode')} checked={mode === 'availability'} onChange={() => setMode('availability')} /> availability
            </label>
            <label className="row">
              <input type="radio" name={id('mode')} checked={mode === 'mtbf'} onChange={() => setMode('mtbf')} /> MTBF and MTTR
            </label>
            {mode === 'availability' ? (
              <div className="field">
                <label htmlFor={id('a')}>Availability (0 &lt; A ≤ 1)</label>
                <input id={id('a')} type="number" min={0} max={1} step="any" inputMode="decimal" value={availability} onChange={(e) => setAvailability(e.target.value)} />
              </div>
            ) : (
              <>
                <div className="field">
                  <label htmlFor={id('mtbf')}>MTBF (hours)</label>
                  <input id={id('mtbf')} type="number" min={0} step="any" inputMode="decimal" value={mtbf} onChange={(e) => setMtbf(e.target.value)} />
                </div>
                <div className="field">
                  <label htmlFor={id('mttr')}>MTTR (hours)</label>
                  <input id={id('mttr')} type="number" min={0} step="any" inputMode="decimal" value={mttr} placeholder="default" onChange={(e) => setMttr(e.target.value)} />
                </div>
              </>
            )}
          </fieldset>
        )}
        <button type="submit" className="primary">
          Apply to block
        </button>
      </fieldset>
      <fieldset disabled={readonly} className="av-structure">
        <legend>Structure</legend>
        {isGroup(block) && (
          <>
            <button type="button" onClick={() => onChange(addChild(root, block.id, 'component'))}>
              + Component
            </button>
            <button type="button" onClick={() => onChange(addChild(root, block.id, 'parallel'))}>
              + Parallel group
            </button>
          </>
        )}
        <button type="button" disabled={!parent || index === 0} onClick={() => onChange(moveBlock(root, block.id, -1), block.id)}>
          ↑ Move up
        </button>
        <button type="button" disabled={!parent || index === parent.blocks.length - 1} onClick={() => onChange(moveBlock(root, block.id, 1), block.id)}>
          ↓ Move down
        </button>
        <button type="button" disabled={!canRemove(root, block.id)} onClick={() => onChange(removeBlock(root, block.id), parent?.id)}>
          Remove
        </button>
      </fieldset>
    </form>
  );
}
