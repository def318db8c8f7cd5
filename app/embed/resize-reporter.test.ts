// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createResizeReporter } from './resize-reporter';

class FakeObserver {
  static last: FakeObserver | null = null;
  constructor(public cb: () => void) { FakeObserver.last = this; }
  observe() {}
  disconnect() {}
}

function setup() {
  const root = document.createElement('div');
  let height = 100;
  root.getBoundingClientRect = () => ({ height, width: 300 }) as DOMRect;
  const frames: Array<() => void> = [];
  const reports: number[] = [];
  const r = createResizeReporter({ root, onResize: (s) => reports.push(s.height), requestFrame: (cb) => frames.push(cb), Observer: FakeObserver as never });
  const runFrames = () => { while (frames.length) frames.shift()?.(); };
  return { r, reports, runFrames, setHeight: (h: number) => { height = h; }, frames };
}

describe('createResizeReporter', () => {
  it('reports the initial height on the first frame', () => {
    const { reports, runFrames } = setup();
    runFrames();
    expect(reports).toEqual([100]);
  });
  it('coalesces many observer callbacks into one report per frame', () => {
    const { reports, runFrames, setHeight, frames } = setup();
    runFrames();
    setHeight(250);
    FakeObserver.last?.cb(); FakeObserver.last?.cb(); FakeObserver.last?.cb();
    expect(frames).toHaveLength(1);
    runFrames();
    expect(reports).toEqual([100, 250]);
  });
  it('ignores changes under 2 px, and reports again when forced', () => {
    const { r, reports, runFrames, setHeight } = setup();
    runFrames();
    setHeight(101);
    FakeObserver.last?.cb();
    runFrames();
    expect(reports).toEqual([100]);
    r.flush(true);
    expect(reports).toEqual([100, 101]);
  });
});
