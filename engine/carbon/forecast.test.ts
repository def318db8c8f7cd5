import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { makeForecast } from './forecast';

const day = (base: number): number[] => Array.from({ length: 4 }, (_, i) => base + i);

describe('forecasts', () => {
  it('persistence forecasts the value at the same time yesterday (first day: the truth)', () => {
    const truth = Float64Array.from([...day(10), ...day(20), ...day(30)]);
    expect([...makeForecast(truth, { method: 'persistence' }, 4, createRng(1))]).toEqual([...day(10), ...day(10), ...day(20)]);
  });

  it('moving-average forecasts the mean of the same time over the previous days', () => {
    const truth = Float64Array.from([...day(10), ...day(20), ...day(30)]);
    expect([...makeForecast(truth, { method: 'moving-average', days: 2 }, 4, createRng(1))].slice(8)).toEqual(day(15));
  });

  it('Gaussian noise has σ = err × mean (5 % of 300 g = 15 g) and zero mean, per the study', () => {
    const truth = new Float64Array(40000).fill(300);
    const f = makeForecast(truth, { method: 'noise', errorFraction: 0.05 }, 48, createRng(3));
    let s = 0;
    let s2 = 0;
    for (const v of f) { s += v - 300; s2 += (v - 300) ** 2; }
    expect(Math.abs(s / f.length)).toBeLessThan(0.3);
    expect(Math.sqrt(s2 / f.length)).toBeGreaterThan(14.6);
    expect(Math.sqrt(s2 / f.length)).toBeLessThan(15.4);
  });

  it('perfect is the truth and the same seed gives the same noise', () => {
    const truth = Float64Array.from([1, 2, 3]);
    expect([...makeForecast(truth, { method: 'perfect' }, 48, createRng(1))]).toEqual([1, 2, 3]);
    const a = makeForecast(truth, { method: 'noise', errorFraction: 0.1 }, 48, createRng(5));
    const b = makeForecast(truth, { method: 'noise', errorFraction: 0.1 }, 48, createRng(5));
    expect([...a]).toEqual([...b]);
  });
});
