/**
 * Reports the embed's content height to the parent. A ResizeObserver watches the content root
 * (an element sized by its content, never by the viewport: no `100vh` or `height: 100%` in embed
 * mode, so a taller iframe cannot make the content taller — the loop in iframe-resizer #814).
 * Changes are coalesced to one report per animation frame and sent only when the height moved by
 * at least `minDeltaPx`.
 */

export interface ResizeReporterOptions {
  root: Element;
  onResize(size: { height: number; width: number }): void;
  minDeltaPx?: number;
  /** Injected for tests. */
  requestFrame?: (cb: () => void) => unknown;
  Observer?: typeof ResizeObserver;
}

export interface ResizeReporter {
  /** Measures now and reports if needed (also used after a `hello`, to re-send the height). */
  flush(force?: boolean): void;
  stop(): void;
}

export function measureHeight(root: Element): number {
  const style = root.ownerDocument.defaultView?.getComputedStyle(root);
  const margins = style ? (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0) : 0;
  return Math.ceil(root.getBoundingClientRect().height + margins);
}

export function createResizeReporter(opts: ResizeReporterOptions): ResizeReporter {
  const minDelta = opts.minDeltaPx ?? 2;
  const requestFrame = opts.requestFrame ?? ((cb: () => void) => requestAnimationFrame(cb));
  const Observer = opts.Observer ?? ResizeObserver;
  let lastHeight = -Infinity;
  let scheduled = false;

  const flush = (force = false) => {
    scheduled = false;
    const height = measureHeight(opts.root);
    if (!force && Math.abs(height - lastHeight) < minDelta) return;
    lastHeight = height;
    opts.onResize({ height, width: Math.ceil(opts.root.getBoundingClientRect().width) });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestFrame(() => flush());
  };

  const observer = new Observer(schedule);
  observer.observe(opts.root);
  schedule();
  return { flush, stop: () => observer.disconnect() };
}
