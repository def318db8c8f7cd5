import { useId, type KeyboardEvent } from 'react';
import { SPEEDS, nextSpeed, stepSizeSec } from '../framework/pacing';
import { formatDurationSec } from './scales';

export interface TimeControlsProps {
  tSec: number;
  until: number;
  playing: boolean;
  speed: number;
  play(): void;
  pause(): void;
  step(): void;
  seek(tSec: number): void;
  reset(): void;
  setSpeed(speed: number): void;
  /** 'compact' hides speed and reset (embeds). */
  variant?: 'full' | 'compact';
  disabled?: boolean;
}

/**
 * Play/pause, step, scrub, speed and reset. Keyboard: Space plays/pauses, ←/→ step back/forward,
 * Home goes back to 0, End jumps to the end, +/− change speed (while focus is in the controls; the
 * scrubber's own arrow keys move it natively). Paused states are announced politely.
 */
export function TimeControls(props: TimeControlsProps) {
  const { tSec, until, playing, speed, variant = 'full', disabled = false } = props;
  const id = useId();
  const stepSec = stepSizeSec(until);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const native = target.tagName === 'INPUT' || target.tagName === 'SELECT' || (target.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter'));
    if (native || disabled) return;
    const handled = handleKey(e.key, props, stepSec);
    if (handled) e.preventDefault();
  };
  const timeText = `t = ${formatDurationSec(tSec)} of ${formatDurationSec(until)}`;
  return (
    <div className="time-controls" role="group" aria-label="Time controls" tabIndex={-1} onKeyDown={onKeyDown}>
      <button type="button" className="primary" disabled={disabled} onClick={playing ? props.pause : props.play} aria-keyshortcuts="Space">
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" disabled={disabled} onClick={props.step} aria-label={`Step forward ${formatDurationSec(stepSec)}`}>
        Step ▸
      </button>
      <label htmlFor={`${id}-scrub`} className="visually-hidden">
        Simulated time
      </label>
      <input
        id={`${id}-scrub`}
        className="time-scrub"
        type="range"
        min={0}
        max={until}
        step={stepSec / 10}
        value={Math.min(tSec, until)}
        disabled={disabled || !(until > 0)}
        aria-valuetext={timeText}
        onChange={(e) => props.seek(Number(e.target.value))}
      />
      <output className="time-readout" htmlFor={`${id}-scrub`}>
        {formatDurationSec(tSec)}
      </output>
      {variant === 'full' && (
        <>
          <label className="row time-speed">
            Speed
            <select value={speed} disabled={disabled} onChange={(e) => props.setSpeed(Number(e.target.value))}>
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={disabled} onClick={props.reset} title="Back to t = 0 with the loaded scenario (drops live commands)">
            ↺ Reset
          </button>
        </>
      )}
      <span className="visually-hidden" aria-live="polite">
        {playing ? '' : `Paused at ${timeText}`}
      </span>
    </div>
  );
}

/** Keyboard map of the controls; returns whether the key was handled. */
export function handleKey(key: string, c: TimeControlsProps, stepSec: number): boolean {
  switch (key) {
    case ' ':
      if (c.playing) c.pause();
      else c.play();
      return true;
    case 'ArrowRight':
      c.step();
      return true;
    case 'ArrowLeft':
      c.pause();
      c.seek(Math.max(0, c.tSec - stepSec));
      return true;
    case 'Home':
      c.pause();
      c.seek(0);
      return true;
    case 'End':
      c.pause();
      c.seek(c.until);
      return true;
    case '+':
    case '=':
      c.setSpeed(nextSpeed(c.speed, 1));
      return true;
    case '-':
      c.setSpeed(nextSpeed(c.speed, -1));
      return true;
    default:
      return false;
  }
}
