import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import type { ScenarioJson } from '../../../engine/core/model';

const defaultScenario: ScenarioJson = {
  kind: 'pue',
  seed: 1,
  title: 'A 1 MW data centre in a temperate climate',
  params: { facility: { itRatedKW: 1000, freeCoolingMaxC: 12 }, site: { meanC: 10, meanItLoad: 0.6 }, carbonKgPerKWh: 0.4, renewableShare: 0.2 },
  commands: [],
  until: 31536000,
};

const widget: WidgetDefinition = {
  kind: 'pue',
  modelKind: 'pue',
  title: 'PUE and what it hides',
  chapter: 'sustainability',
  summary: 'A year of facility power — IT, cooling, UPS and distribution losses — against the seasons, and why the same year yields different PUEs by measurement category and window; with WUE, CUE, ERE, DCiE and GEC.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      facility: {
        type: 'object', title: 'Facility',
        properties: {
          itRatedKW: { type: 'number', title: 'Rated IT load (kW)', minimum: 1, default: 1000 },
          freeCoolingMaxC: { type: 'number', title: 'Full free cooling up to (°C)', default: 12 },
          chillerCopAt25C: { type: 'number', title: 'Chiller COP at 25 °C', minimum: 1, default: 4.5 },
          upsLoadShare: { type: 'number', title: 'UPS loss, share of load', minimum: 0, maximum: 0.5, default: 0.04 },
        },
      },
      site: {
        type: 'object', title: 'Site',
        properties: {
          meanC: { type: 'number', title: 'Mean outside temperature (°C)', default: 10 },
          seasonAmpC: { type: 'number', title: 'Seasonal swing ± (°C)', minimum: 0, default: 9 },
          meanItLoad: { type: 'number', title: 'Mean IT load (share of rated)', minimum: 0, maximum: 1, default: 0.6 },
        },
      },
      carbonKgPerKWh: { type: 'number', title: 'Grid carbon (kgCO₂/kWh)', minimum: 0, default: 0.4 },
      heatReuseShare: { type: 'number', title: 'Heat reused (share of IT energy)', minimum: 0, maximum: 1, default: 0 },
      renewableShare: { type: 'number', title: 'Renewable share of energy', minimum: 0, maximum: 1, default: 0.2 },
    },
  },
  snapshotFields: {
    'year.pue': 'annual PUE, IT at server input (category 3)',
    'year.categories.category0': 'PUE from peak demand (kW), IT at UPS output',
    'year.categories.category1': 'annual PUE, IT at UPS output',
    'year.categories.category2': 'annual PUE, IT at PDU output',
    'year.categories.category3': 'annual PUE, IT at IT equipment input',
    'year.best15MinPue': 'lowest 15-minute PUE of the year',
    'year.worstMonthPue': 'highest monthly PUE',
    'year.wueLPerKWh': 'water usage effectiveness, L per IT kWh',
    'year.cueKgPerKWh': 'carbon usage effectiveness, kgCO₂ per IT kWh',
    'year.ere': 'energy reuse effectiveness',
    'now.pue': 'PUE of the 15 minutes at the current time',
  },
  hasTime: true,
  timeScale: 1051200,
  component: lazy(() => import('./PueWidget')),
};

export default widget;
