/**
 * Pure edits of a reliability block diagram as written in params: every function returns a new
 * diagram (the tree editor calls setParams with it, so the engine re-validates every change).
 * New ids come from a deterministic counter over the ids already used.
 */
import { isGroup, type BlockType, type DiagramBlock, type DiagramComponent, type DiagramGroup } from './types';

export function findBlock(root: DiagramBlock, id: string): DiagramBlock | null {
  if (root.id === id) return root;
  if (!isGroup(root)) return null;
  for (const b of root.blocks) {
    const hit = findBlock(b, id);
    if (hit) return hit;
  }
  return null;
}

export function parentOf(root: DiagramBlock, id: string): DiagramGroup | null {
  if (!isGroup(root)) return null;
  if (root.blocks.some((b) => b.id === id)) return root;
  for (const b of root.blocks) {
    const hit = parentOf(b, id);
    if (hit) return hit;
  }
  return null;
}

export function allIds(root: DiagramBlock): string[] {
  return isGroup(root) ? [root.id, ...root.blocks.flatMap(allIds)] : [root.id];
}

/** The first unused `<prefix>-<n>` (n from 1). */
export function nextId(root: DiagramBlock, prefix: string): string {
  const used = new Set(allIds(root));
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Applies `fn` to the block with `id` (returning the new block); other blocks are shared. */
export function mapBlock(root: DiagramBlock, id: string, fn: (b: DiagramBlock) => DiagramBlock): DiagramBlock {
  if (root.id === id) return fn(root);
  if (!isGroup(root)) return root;
  return { ...root, blocks: root.blocks.map((b) => mapBlock(b, id, fn)) };
}

export function updateBlock(root: DiagramBlock, id: string, patch: Partial<DiagramComponent> & Partial<Omit<DiagramGroup, 'type'>>): DiagramBlock {
  return mapBlock(root, id, (b) => clean({ ...b, ...patch } as DiagramBlock));
}

export function addChild(root: DiagramBlock, groupId: string, kind: 'component' | 'parallel'): DiagramBlock {
  const child: DiagramBlock =
    kind === 'component'
      ? { type: 'component', id: nextId(root, 'c'), availability: 0.99 }
      : { type: 'parallel', id: nextId(root, 'g'), blocks: [{ type: 'component', id: nextId(root, 'c'), availability: 0.99 }] };
  return mapBlock(root, groupId, (g) => (isGroup(g) ? { ...g, blocks: [...g.blocks, child] } : g));
}

/** Removes a block; the root and a group's last child cannot be removed (a group needs ≥ 1 block). */
export function removeBlock(root: DiagramBlock, id: string): DiagramBlock {
  const parent = parentOf(root, id);
  if (!parent || parent.blocks.length <= 1) return root;
  return mapBlock(root, parent.id, (g) => {
    const group = g as DiagramGroup;
    const blocks = group.blocks.filter((b) => b.id !== id);
    return clean({ ...group, blocks, ...(group.k !== undefined ? { k: Math.min(group.k, blocks.length) } : {}) });
  });
}

export function canRemove(root: DiagramBlock, id: string): boolean {
  const parent = parentOf(root, id);
  return parent !== null && parent.blocks.length > 1;
}

/** Moves a block one place up (-1) or down (+1) among its siblings. */
export function moveBlock(root: DiagramBlock, id: string, direction: -1 | 1): DiagramBlock {
  const parent = parentOf(root, id);
  if (!parent) return root;
  const i = parent.blocks.findIndex((b) => b.id === id);
  const j = i + direction;
  if (j < 0 || j >= parent.blocks.length) return root;
  return mapBlock(root, parent.id, (g) => {
    const blocks = [...(g as DiagramGroup).blocks];
    [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
    return { ...(g as DiagramGroup), blocks };
  });
}

/** Changes a block's type: a component becomes a group holding it; a group keeps its children. */
export function changeType(root: DiagramBlock, id: string, type: BlockType): DiagramBlock {
  return mapBlock(root, id, (b) => {
    if (b.type === type) return b;
    if (type === 'component') return { type: 'component', id: b.id, ...(b.label ? { label: b.label } : {}), availability: 0.99 };
    const blocks = isGroup(b) ? b.blocks : [{ ...b, id: nextId(root, 'c') }];
    return clean({ type, id: b.id, ...(b.label ? { label: b.label } : {}), blocks, ...(type === 'kofn' ? { k: Math.max(1, blocks.length - 1) } : {}) });
  });
}

/** Drops fields that do not belong to the block's type and undefined values. */
function clean(b: DiagramBlock): DiagramBlock {
  const keep = isGroup(b) ? ['type', 'id', 'label', 'blocks', ...(b.type === 'kofn' ? ['k'] : [])] : ['type', 'id', 'label', 'availability', 'mtbfHours', 'mttrHours'];
  return Object.fromEntries(Object.entries(b).filter(([k, v]) => keep.includes(k) && v !== undefined && v !== '')) as unknown as DiagramBlock;
}
