import { describe, expect, it } from 'vitest';
import { handleKey, type TimeControlsProps } from './TimeControls';

function controls(over: Partial<TimeControlsProps> = {}) {
  const calls: Array<[string, unknown?]> = [];
  const props: TimeControlsProps = {
    tSec: 10,
    until: 100,
    playing: false,
    speed: 1,
    play: () => calls.push(['play']),
    pause: () => calls.push(['pause']),
    step: () => calls.push(['step']),
    seek: (t) => calls.push(['seek', t]),
    reset: () => calls.push(['reset']),
    setSpeed: (s) => calls.push(['setSpeed', s]),
    ...over,
  };
  return { props, calls };
}

describe('time controls keyboard map', () => {
  it('Space toggles play and pause', () => {
    const a = controls();
    handleKey(' ', a.props, 1);
    expect(a.calls).toEqual([['play']]);
    const b = controls({ playing: true });
    handleKey(' ', b.props, 1);
    expect(b.calls).toEqual([['pause']]);
  });
  it('arrows step forward and back by the step size, Home and End jump to the ends', () => {
    const c = controls();
    handleKey('ArrowRight', c.props, 1);
    handleKey('ArrowLeft', c.props, 2);
    handleKey('Home', c.props, 1);
    handleKey('End', c.props, 1);
    expect(c.calls).toEqual([['step'], ['pause'], ['seek', 8], ['pause'], ['seek', 0], ['pause'], ['seek', 100]]);
  });
  it('+ and − change speed; other keys are left alone', () => {
    const c = controls();
    expect(handleKey('+', c.props, 1)).toBe(true);
    expect(handleKey('-', c.props, 1)).toBe(true);
    expect(handleKey('x', c.props, 1)).toBe(false);
    expect(c.calls).toEqual([['setSpeed', 2], ['setSpeed', 0.5]]);
  });
});
