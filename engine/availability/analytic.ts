/**
 * Steady-state availability of a reliability block diagram with independent components
 * (Trivedi 2002, §8.4–8.5; IEC 61078:2016 "Reliability block diagrams"):
 *   series      A = Π Aᵢ
 *   parallel    A = 1 − Π (1 − Aᵢ)
 *   k-of-n      P(at least k of n up), computed exactly for unequal Aᵢ by the Poisson-binomial
 *               recurrence (for equal A it is Σ_{j≥k} C(n,j) Aʲ (1−A)ⁿ⁻ʲ).
 * Simplification: failures are independent and every component has its own repair crew — no
 * common-cause failures, no shared repair queue, perfect fail-over. Real systems do worse.
 */
import type { Block } from './diagram';

/** P(at least k of the given independent events happen). */
export function atLeastK(probabilities: readonly number[], k: number): number {
  // dist[j] = P(exactly j up among those processed so far)
  let dist = [1];
  for (const p of probabilities) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, j) => {
      next[j] = (next[j] ?? 0) + q * (1 - p);
      next[j + 1] = (next[j + 1] ?? 0) + q * p;
    });
    dist = next;
  }
  let sum = 0;
  for (let j = k; j < dist.length; j++) sum += dist[j]!;
  return Math.min(1, sum);
}

/** Availability of a block from its children's. Series and parallel are k-of-n with k = n and k = 1. */
export function combine(block: Block, childAvailabilities: readonly number[]): number {
  if (block.type === 'component') return block.availability;
  if (block.type === 'series') return childAvailabilities.reduce((a, b) => a * b, 1);
  if (block.type === 'parallel') return 1 - childAvailabilities.reduce((a, b) => a * (1 - b), 1);
  return atLeastK(childAvailabilities, block.k);
}

/** Availability of every block, by id. */
export function analyzeDiagram(root: Block): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (block: Block): number => {
    const a = block.type === 'component' ? block.availability : combine(block, block.blocks.map(visit));
    out.set(block.id, a);
    return a;
  };
  visit(root);
  return out;
}

/** Whether a block is up, given which components are up (the structure function). */
export function isUp(block: Block, componentUp: (id: string) => boolean): boolean {
  if (block.type === 'component') return componentUp(block.id);
  let upCount = 0;
  for (const child of block.blocks) if (isUp(child, componentUp)) upCount++;
  return upCount >= block.k;
}
