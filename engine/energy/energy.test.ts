import { describe, expect, it } from 'vitest';
import { dvfsPowerW, EXAMPLE_DVFS, fixedFrequencyPowerW } from './dvfs';
import { createLinearPowerModel } from './power-model';
import { proportionality } from './proportionality';
import { serverPowerModel } from './specpower-servers';

describe('server power models and energy proportionality', () => {
  it('the ML110 G4 (CloudSim host type 0) idles at 86 of 117 W: idle/peak 0.735, dynamic range 26.5 %', () => {
    const m = proportionality(serverPowerModel('hp-ml110-g4'));
    expect(m.idleToPeak).toBeCloseTo(86 / 117, 12);
    expect(m.dynamicRange).toBeCloseTo(31 / 117, 12);
  });

  it('a linear curve with idle share r has EP = 1 − r (area (1 + r)/2): ideal 1, flat-at-peak 0', () => {
    expect(proportionality(createLinearPowerModel('ideal', 0, 100)).epScore).toBeCloseTo(1, 12);
    expect(proportionality(createLinearPowerModel('flat', 100, 100)).epScore).toBeCloseTo(0, 12);
    // DL360 G5 (2007): 180 of 288 W idle → EP 0.375; DL380 Gen10 (2018): 49.3 of 461 W → 0.893
    expect(proportionality(serverPowerModel('hp-dl360-g5-linear')).epScore).toBeCloseTo(1 - 180 / 288, 12);
    expect(proportionality(serverPowerModel('hpe-dl380-gen10-linear')).epScore).toBeCloseTo(1 - 49.3 / 461, 12);
  });

  it('proportionality gap at 30 % load of the DL360 G5: (180 + 0.3·108 − 0.3·288)/288 = 0.4375', () => {
    expect(proportionality(serverPowerModel('hp-dl360-g5-linear')).gapAt30).toBeCloseTo((180 + 0.3 * 108 - 0.3 * 288) / 288, 12);
  });
});

describe('DVFS (P_dyn ∝ V²f)', () => {
  it('at 40 % of peak capacity the governor picks 1.2 GHz (≥ 1.04 GHz needed), 86.7 % busy', () => {
    const r = dvfsPowerW(EXAMPLE_DVFS, 0.4);
    expect(r.pState.freqGHz).toBe(1.2);
    expect(r.busy).toBeCloseTo((0.4 * 2.6) / 1.2, 12);
    const scale = (0.8 * 0.8 * 1.2) / (1.15 * 1.15 * 2.6);
    expect(r.powerW).toBeCloseTo(60 + 90 * scale * r.busy, 12);
    expect(r.powerW).toBeLessThan(fixedFrequencyPowerW(EXAMPLE_DVFS, 0.4));
  });

  it('at full load it runs at the top P-state and matches the fixed-frequency power', () => {
    expect(dvfsPowerW(EXAMPLE_DVFS, 1).powerW).toBeCloseTo(fixedFrequencyPowerW(EXAMPLE_DVFS, 1), 12);
  });
});
