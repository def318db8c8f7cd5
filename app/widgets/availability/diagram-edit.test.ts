import { describe, expect, it } from 'vitest';
import { addChild, canRemove, changeType, findBlock, moveBlock, nextId, removeBlock, updateBlock } from './diagram-edit';
import type { DiagramBlock } from './types';

const diagram: DiagramBlock = {
  type: 'series',
  id: 'svc',
  blocks: [
    { type: 'parallel', id: 'lb', blocks: [{ type: 'component', id: 'c-1', mtbfHours: 100, mttrHours: 1 }, { type: 'component', id: 'c-2', availability: 0.9 }] },
    { type: 'component', id: 'db', availability: 0.999 },
  ],
};

describe('diagram edits', () => {
  it('numbers new ids with the first unused counter', () => {
    expect(nextId(diagram, 'c')).toBe('c-3');
    const next = addChild(diagram, 'lb', 'component');
    expect(findBlock(next, 'c-3')).toEqual({ type: 'component', id: 'c-3', availability: 0.99 });
    expect(diagram).toEqual(JSON.parse(JSON.stringify(diagram)));
  });
  it('adds a parallel group with one component in it', () => {
    const next = addChild(diagram, 'svc', 'parallel');
    expect(findBlock(next, 'g-1')).toEqual({ type: 'parallel', id: 'g-1', blocks: [{ type: 'component', id: 'c-3', availability: 0.99 }] });
  });
  it('switching a component from availability to MTBF/MTTR drops the other description', () => {
    const next = updateBlock(diagram, 'db', { availability: undefined, mtbfHours: 8760, mttrHours: 4 });
    expect(findBlock(next, 'db')).toEqual({ type: 'component', id: 'db', mtbfHours: 8760, mttrHours: 4 });
  });
  it('never removes the root or the last block of a group, and clamps k', () => {
    expect(removeBlock(diagram, 'svc')).toBe(diagram);
    const one = removeBlock(diagram, 'c-1');
    expect(canRemove(one, 'c-2')).toBe(false);
    expect(removeBlock(one, 'c-2')).toBe(one);
    const kofn = changeType(diagram, 'lb', 'kofn');
    expect(findBlock(kofn, 'lb')).toMatchObject({ type: 'kofn', k: 1 });
    const k2 = updateBlock(kofn, 'lb', { k: 2 });
    expect(findBlock(removeBlock(k2, 'c-1'), 'lb')).toMatchObject({ k: 1 });
  });
  it('moves blocks among siblings and stops at the ends', () => {
    const next = moveBlock(diagram, 'db', -1);
    expect((next as { blocks: DiagramBlock[] }).blocks.map((b) => b.id)).toEqual(['db', 'lb']);
    expect(moveBlock(next, 'db', -1)).toBe(next);
  });
  it('turns a component into a group that holds it, and a group back into a component', () => {
    const grouped = changeType(diagram, 'db', 'parallel');
    expect(findBlock(grouped, 'db')).toEqual({ type: 'parallel', id: 'db', blocks: [{ type: 'component', id: 'c-3', availability: 0.999 }] });
    expect(findBlock(changeType(diagram, 'lb', 'component'), 'lb')).toEqual({ type: 'component', id: 'lb', availability: 0.99 });
  });
});
