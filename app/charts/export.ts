/**
 * Downloads: data as CSV/JSON, a chart as standalone SVG or PNG. Charts are styled with CSS
 * variables, so the exported SVG gets the computed colours and fonts inlined (it must look the
 * same outside the page, in the theme it was exported from).
 */
const INLINE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** The SVG as a standalone document with computed styles inlined and a background rect. */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const target = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const computed = source.map((el) => getComputedStyle(el));
  const indexOf = new Map<Element, number>(source.map((el, i) => [el, i]));
  source.forEach((el, i) => {
    const out = target[i] as SVGElement;
    const parentIndex = el.parentElement ? (indexOf.get(el.parentElement) ?? -1) : -1;
    for (const prop of INLINE_PROPS) {
      const v = computed[i]!.getPropertyValue(prop);
      const inherited = parentIndex >= 0 ? computed[parentIndex]!.getPropertyValue(prop) : '';
      // Inline only what differs from the parent (the rest inherits the same way outside the page).
      if (v && v !== inherited) out.style.setProperty(prop, v);
      // Presentation attributes that name CSS variables mean nothing outside the page.
      const attr = out.getAttribute(prop);
      if (attr?.includes('var(')) out.setAttribute(prop, v);
    }
  });
  const { width, height } = svgSize(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
  clone.insertBefore(bg, clone.firstChild);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0) return { width: box.width, height: box.height };
  const r = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)) };
}

export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  downloadText(serializeSvg(svg), filename, 'image/svg+xml');
}

/** Renders the standalone SVG onto a canvas at `scale`× and downloads it as PNG. */
export async function downloadPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
  const text = serializeSvg(svg);
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw to a canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be encoded');
    downloadBlob(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file-name-safe slug: "Measured vs analytic" → "measured-vs-analytic". */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'chart';
}
