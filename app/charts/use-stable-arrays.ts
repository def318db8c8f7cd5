/**
 * Keeps numeric columns stable across renders: a column equal in content to the one seen on the
 * previous render is replaced by that one, and an unchanged list by the previous list. Charts
 * then memoise their scales and paths on identity, even when a widget derives a fresh array
 * (`values.map(...)`) on every frame of play. Comparing is O(n) numbers; redrawing a path is far
 * more (building its string, and the browser re-parsing it).
 */
import { useState } from 'react';
import type { NumericArray } from './scales';

export function sameNumbers(a: NumericArray, b: NumericArray): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

/** The previous list (or previous columns) where the content has not changed. */
export function stabilise<T extends NumericArray>(previous: readonly T[] | null, next: readonly T[]): readonly T[] {
  if (!previous) return next;
  let changed = previous.length !== next.length;
  const out = next.map((column, i) => {
    const before = previous[i];
    if (before !== undefined && sameNumbers(before, column)) return before;
    changed = true;
    return column;
  });
  return changed ? out : previous;
}

export function useStableArrays<T extends NumericArray>(columns: readonly T[]): readonly T[] {
  // React's "information from previous renders" pattern: when the content changed, remember the
  // new list (React re-runs this component at once, before its children, with the new state).
  const [previous, setPrevious] = useState(columns);
  const stable = stabilise(previous, columns);
  if (stable !== previous) setPrevious(stable);
  return stable;
}
