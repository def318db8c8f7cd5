/**
 * The network drawn on a canvas (fat-trees reach thousands of elements, too many for SVG):
 * links grey when up, red dashed when down; switches as squares, hosts as dots coloured by
 * utilization or power; the ECMP paths between the selected hosts in the accent colour.
 * Click an element to fail or repair it (the element list below does the same by keyboard).
 * Export: the canvas picture wrapped in an SVG, and the element table.
 */
import { useEffect, useMemo, useRef } from 'react';
import { DataTable } from '../../charts/DataTable';
import { ExportMenu } from '../../charts/ExportMenu';
import type { TableData } from '../../charts/table-data';
import { useElementWidth } from '../../charts/useElementWidth';
import { hitTest, layoutNodes, mixColor } from './layout';
import type { DatacenterSnapshot } from './types';

const HEIGHT = 340;
const css = (el: Element, name: string): string => getComputedStyle(el).getPropertyValue(name).trim() || '#888';

function draw(canvas: HTMLCanvasElement, snap: DatacenterSnapshot, pos: ReturnType<typeof layoutNodes>, colorBy: 'utilization' | 'power') {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const onPath = new Set<string>();
  for (const p of snap.selected?.paths ?? []) for (let i = 1; i < p.length; i++) onPath.add(`${p[i - 1]}|${p[i]}`).add(`${p[i]}|${p[i - 1]}`);
  for (const l of snap.links) {
    const a = pos.get(l.a)!, b = pos.get(l.b)!;
    const hot = onPath.has(`${l.a}|${l.b}`);
    ctx.strokeStyle = hot ? css(canvas, '--accent') : l.up ? css(canvas, '--chart-grid') : css(canvas, '--danger');
    ctx.lineWidth = hot ? 2.5 : 1;
    ctx.setLineDash(l.up ? [] : [4, 3]);
    ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
  }
  ctx.setLineDash([]);
  const maxW = Math.max(1, ...snap.nodes.map((n) => n.powerW ?? 0));
  for (const n of snap.nodes) {
    const p = pos.get(n.id)!;
    const v = colorBy === 'power' ? (n.powerW ?? 0) / maxW : n.utilization ?? 0;
    ctx.fillStyle = !n.up ? css(canvas, '--danger') : n.kind === 'host' ? mixColor(css(canvas, '--heat-low'), css(canvas, '--heat-high'), v) : css(canvas, '--fg');
    if (n.kind === 'host') { ctx.beginPath(); ctx.arc(p.x, p.y, 3.5, 0, 2 * Math.PI); ctx.fill(); }
    else ctx.fillRect(p.x - 5, p.y - 5, 10, 10);
    if (!n.up) { ctx.strokeStyle = css(canvas, '--bg'); ctx.beginPath(); ctx.moveTo(p.x - 4, p.y - 4); ctx.lineTo(p.x + 4, p.y + 4); ctx.stroke(); }
  }
}

export function TopologyCanvas({ snap, colorBy, readonly, onToggle }: {
  snap: DatacenterSnapshot; colorBy: 'utilization' | 'power'; readonly: boolean; onToggle: (id: string) => void;
}) {
  const [wrapRef, width] = useElementWidth<HTMLDivElement>(640);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pos = useMemo(() => layoutNodes(snap.nodes, width, HEIGHT), [snap.nodes, width]);
  useEffect(() => {
    const c = canvasRef.current;
    if (c) draw(c, snap, pos, colorBy);
  }, [snap, pos, colorBy, width]);
  const table: TableData = {
    columns: [{ key: 'id', label: 'element' }, { key: 'kind', label: 'kind' }, { key: 'state', label: 'state' }, { key: 'u', label: 'utilization', unit: '%' }, { key: 'w', label: 'power', unit: 'W' }],
    rows: snap.nodes.map((n) => [n.id, n.kind, n.up ? 'up' : 'down', n.utilization === undefined ? null : Math.round(n.utilization * 100), n.powerW ?? null]),
  };
  const svg = () => {
    const c = canvasRef.current;
    if (!c) return null;
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    el.setAttribute('width', String(width));
    el.setAttribute('height', String(HEIGHT));
    const img = document.createElementNS('http://www.w3.org/2000/svg', 'image');
    img.setAttribute('href', c.toDataURL('image/png'));
    img.setAttribute('width', String(width));
    img.setAttribute('height', String(HEIGHT));
    el.appendChild(img);
    return el;
  };
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <figure className="chart-frame">
      <figcaption className="chart-frame-head">
        <span className="chart-frame-title">Network ({snap.topology}, {snap.hostCount} hosts, {snap.switchCount} switches)</span>
        <ExportMenu name={`datacenter-${snap.topology}`} table={table} getSvg={svg} />
      </figcaption>
      <div ref={wrapRef}>
        <canvas ref={canvasRef} width={Math.round(width * dpr)} height={Math.round(HEIGHT * dpr)} style={{ width: '100%', height: HEIGHT }}
          role="img" aria-label={`${snap.topology} network: ${snap.downSwitches} switches and ${snap.downHosts} hosts down; ${snap.selected ? `${snap.selected.pathCount} equal-cost paths between ${snap.selected.from} and ${snap.selected.to}` : 'no hosts selected'}. The element table below lists every element.`}
          onClick={(e) => {
            if (readonly) return;
            const r = e.currentTarget.getBoundingClientRect();
            const id = hitTest(pos, e.clientX - r.left, e.clientY - r.top);
            if (id) onToggle(id);
          }} />
      </div>
      <details>
        <summary>Element table</summary>
        <DataTable caption="Network elements" table={table} />
      </details>
    </figure>
  );
}
