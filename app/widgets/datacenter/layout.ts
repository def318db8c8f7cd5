/** Layered layout of a datacenter network: switches by tier, hosts along the bottom. Pure, testable. */
import type { DcNode } from './types';

const TIER: Record<string, number> = { core: 0, spine: 0, aggregation: 1, edge: 2, access: 2, leaf: 2, host: 3 };

export interface Placed { x: number; y: number }

export function layoutNodes(nodes: readonly DcNode[], width: number, height: number): Map<string, Placed> {
  const rows: DcNode[][] = [[], [], [], []];
  for (const n of nodes) rows[TIER[n.kind] ?? 2]!.push(n);
  const used = rows.map((r, i) => (r.length ? i : -1)).filter((i) => i >= 0);
  const out = new Map<string, Placed>();
  used.forEach((tier, row) => {
    const list = rows[tier]!;
    const y = 20 + (row * (height - 40)) / Math.max(1, used.length - 1);
    list.forEach((n, i) => out.set(n.id, { x: 12 + ((i + 0.5) * (width - 24)) / list.length, y }));
  });
  return out;
}

/** The node nearest to (x, y) within `radius` px, or null. */
export function hitTest(pos: Map<string, Placed>, x: number, y: number, radius = 10): string | null {
  let best: string | null = null;
  let bestD = radius * radius;
  for (const [id, p] of pos) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestD) { bestD = d; best = id; }
  }
  return best;
}

function parseColor(c: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(c.trim());
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgba?\(\s*(\d+)[ ,]+(\d+)[ ,]+(\d+)/i.exec(c.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** Linear mix of two CSS colours (hex or rgb()) for the canvas; `t` = share of `high`. */
export function mixColor(low: string, high: string, t: number): string {
  const a = parseColor(low);
  const b = parseColor(high);
  if (!a || !b) return high;
  const k = Math.min(1, Math.max(0, t));
  const ch = (i: number) => Math.round(a[i]! + (b[i]! - a[i]!) * k);
  return `rgb(${ch(0)}, ${ch(1)}, ${ch(2)})`;
}
