import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'k8s-why-node',
  modelKind: 'k8s',
  title: 'Why this node? The scheduler’s filters and scores',
  chapter: 'orchestration',
  summary: 'For each scheduling decision: which filter rejected each node and why, every score plugin’s raw and normalised score, the weights, the totals and the tie-break.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      nodes: { type: 'array', title: 'Nodes', items: { type: 'object' } },
      manifests: { type: 'array', title: 'Manifests (YAML)', items: { type: 'string' } },
      scheduler: { type: 'object', title: 'Scheduler profile', description: 'scoringStrategy, weights, percentageOfNodesToScore' },
    },
  },
  snapshotFields: {
    'explanations': 'scheduling decisions: pod, filtered[] {node, plugin, reasons}, scored[] {node, scores, total}, winner, ties, message',
    'pods': 'pods with node and status',
  },
  hasTime: true,
  component: lazy(() => import('./WhyNodeWidget')),
};

export default widget;
