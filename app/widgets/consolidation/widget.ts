import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import type { ScenarioJson } from '../../../engine/core/model';

const POLICIES = ['NPA', 'DVFS', 'THR-MMT', 'THR-MC', 'THR-MU', 'THR-RS', 'IQR-MMT', 'IQR-MC', 'IQR-MU', 'IQR-RS', 'MAD-MMT', 'MAD-MC', 'MAD-MU', 'MAD-RS', 'LR-MMT', 'LR-MC', 'LR-MU', 'LR-RS', 'LRR-MMT'];

const defaultScenario: ScenarioJson = {
  kind: 'consolidation',
  seed: 1,
  title: 'LR-MMT on a synthetic PlanetLab-like day',
  params: {
    hostCount: 200,
    policy: 'LR-MMT',
    synthetic: { vmCount: 263 },
    compare: ['NPA', 'DVFS', 'THR-MMT', 'IQR-MMT', 'MAD-MMT', 'LR-MMT', 'LR-MU'],
  },
  commands: [],
  until: 86400,
};

const widget: WidgetDefinition = {
  kind: 'consolidation',
  modelKind: 'consolidation',
  title: 'VM consolidation: energy vs SLA',
  chapter: 'sustainability',
  summary: 'Dynamic VM consolidation as in CloudSim (Beloglazov & Buyya 2012): overload detection, VM selection and live migration trade energy for SLA violations over a day of PlanetLab-like load.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      policy: { type: 'string', title: 'Policy', enum: POLICIES, default: 'LR-MMT', description: 'Overload detector (THR, IQR, MAD, LR, LRR) and VM selection (MMT, MC, MU, RS); DVFS = no migration; NPA = no power management.' },
      parameter: { type: 'number', title: 'Detector parameter', minimum: 0, description: 'THR threshold (0.8) or safety parameter (IQR 1.5, MAD 2.5, LR 1.2). Empty = CloudSim default.' },
      hostCount: { type: 'integer', title: 'Hosts', minimum: 1, maximum: 5000, default: 200, description: 'Half HP ML110 G4, half G5 (CloudSim).' },
      synthetic: {
        type: 'object', title: 'Synthetic workload',
        properties: { vmCount: { type: 'integer', title: 'VMs', minimum: 1, maximum: 5000, default: 263 }, medianPct: { type: 'number', title: 'Median VM load (%)', minimum: 0, maximum: 100, default: 8.2 } },
      },
      compare: { type: 'array', title: 'Compare policies', items: { type: 'string', enum: POLICIES }, description: 'Run to the end at start for the comparison table.' },
    },
  },
  snapshotFields: {
    energyKWh: 'energy so far, kWh',
    migrations: 'VM migrations started so far',
    activeHosts: 'hosts with a non-zero load now',
    powerW: 'power of the fleet now, W',
    'sla.slatahPct': 'SLA time per active host so far, %',
    'sla.pdmPct': 'performance degradation due to migration so far, %',
    'sla.slavPct': 'SLAV = SLATAH × PDM, %',
    esv: 'energy × SLAV',
    done: 'true at the end of the day',
    'comparison[i].policy': 'a compared policy; with energyKWh, migrations, slavPct, esv',
  },
  hasTime: true,
  timeScale: 2880,
  component: lazy(() => import('./ConsolidationWidget')),
};

export default widget;
