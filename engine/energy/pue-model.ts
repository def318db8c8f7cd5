/**
 * The `pue` scenario kind: one year of a data centre's facility power (IT, UPS and distribution
 * losses, cooling, lighting) against seasonal outside temperature, and its PUE measured different
 * ways — by Green Grid category (0–3) and over annual, monthly, daily and 15-minute windows — plus
 * WUE, CUE, ERE, DCiE and GEC. Time: seconds from 1 January 00:00; the year is computed at init and
 * `set` commands recompute it from their time onward. Sources: README.md.
 */
import { commandArgs } from '../core/command-args';
import { ScenarioError } from '../core/errors';
import type { Command, Model, ModelDefinition, Snapshot } from '../core/model';
import { readNumber, readString } from '../core/params';
import { DEFAULT_FACILITY } from './facility-power';
import { STEPS_PER_DAY, STEP_HOURS, computeYear, createYearArrays, drawWeather } from './facility-year';
import { PUE_COMMANDS, PUE_EXAMPLE } from './pue-example';
import { readPueParams, type PueParams } from './pue-params';
import { buildPueSeries, buildPueSnapshot } from './pue-snapshot';

const SETTABLE = [...Object.keys(DEFAULT_FACILITY), 'meanItLoad', 'carbonKgPerKWh', 'heatReuseShare', 'renewableShare'];

/** A `set` command's (param, value), checked on their own: at load (checkCommand) and again by apply. */
function readSet(command: Command, path: string): { key: string; value: number } {
  const args = commandArgs(command, path, PUE_COMMANDS);
  const key = readString(args, 'param', path);
  if (!SETTABLE.includes(key)) throw new ScenarioError(`${path}.param`, `cannot set "${key}" (one of ${SETTABLE.join(', ')})`);
  return { key, value: readNumber(args, 'value', path, { min: 0 }) };
}

function applySet(p: PueParams, command: Command, path: string): void {
  const { key, value } = readSet(command, path);
  if (key in p.facility) (p.facility as unknown as Record<string, number>)[key] = value;
  else if (key === 'meanItLoad') p.site.meanItLoad = Math.min(1, value);
  else (p as unknown as Record<string, number>)[key] = value;
}

export const pueModel: ModelDefinition = {
  kind: 'pue',
  title: 'PUE and what it hides',
  summary: 'Where a data centre\'s power goes over a year — IT, cooling, UPS and distribution losses — and why the same year gives different PUEs depending on where and when it is measured.',
  init(params, ctx) {
    const p = readPueParams(params, ctx.path);
    const weather = drawWeather(p.site, ctx.rng.stream('weather'));
    const year = createYearArrays();
    computeYear(year, p.facility, p.site, weather);
    let nowUs = 0;
    let series: ReturnType<typeof buildPueSeries> | null = null;
    const model: Model = {
      advanceTo(tUs) { nowUs = tUs; },
      apply(command, path) {
        applySet(p, command, path);
        const step = Math.min(year.totalKW.length, Math.floor(nowUs / 1e6 / 3600 / STEP_HOURS));
        computeYear(year, p.facility, p.site, weather, step);
        series = null;
      },
      snapshot: (): Snapshot => buildPueSnapshot(year, p, nowUs / 1e6),
      series: () => (series ??= buildPueSeries(year)),
    };
    return model;
  },
  commands: PUE_COMMANDS,
  checkCommand: (command, path) => { readSet(command, path); },
  example: PUE_EXAMPLE,
};

export const PUE_DAY_SEC = STEPS_PER_DAY * STEP_HOURS * 3600;
