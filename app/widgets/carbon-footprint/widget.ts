import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'carbon-footprint',
  modelKind: 'carbon',
  title: 'Cloud carbon footprint calculator',
  chapter: 'sustainability',
  summary: 'A cloud workload to energy and emissions by the Cloud Carbon Footprint method — operational vs embodied, PUE and grid factor — and its SCI score.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      footprint: { type: 'object', title: 'Workload', description: 'provider, region, vcpuHours, microarchitecture, cpuUtilizationPct, memoryGbHours, ssdTbHours, hddTbHours, replicationFactor, networkGb, pue, embodied, functionalUnits, functionalUnit' },
      regions: { type: 'array', title: 'Regions', description: 'Optional; footprint.gridRegion takes the grid factor from one of them.', items: { type: 'object' } },
    },
  },
  snapshotFields: {
    'footprint.totalG': 'total gCO2e (operational + embodied)',
    'footprint.operationalG': 'operational gCO2e (energy × grid factor)',
    'footprint.embodiedG': 'embodied gCO2e (amortised over 4 years)',
    'footprint.embodiedShare': 'embodied share of the total (0–1)',
    'footprint.energyKWh': 'energy including PUE, kWh',
    'footprint.parts.compute.co2eG': 'compute gCO2e (likewise memory, storage, networking, embodied)',
    'footprint.pue': 'PUE used',
    'footprint.gridGPerKWh': 'grid factor used, gCO2e/kWh',
    'footprint.sci.value': 'SCI score, gCO2e per functional unit',
  },
  hasTime: false,
  component: lazy(() => import('./CarbonFootprintWidget')),
};

export default widget;
