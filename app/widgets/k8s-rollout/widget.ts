import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'k8s-rollout',
  modelKind: 'k8s',
  title: 'Deployment rollout timeline',
  chapter: 'orchestration',
  summary: 'Old and new ReplicaSets through a rolling update and an undo, with the maxSurge and maxUnavailable limits drawn.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      nodes: { type: 'array', title: 'Nodes', items: { type: 'object' } },
      manifests: { type: 'array', title: 'Manifests (YAML)', description: 'The first Deployment is charted', items: { type: 'string' } },
      images: { type: 'array', title: 'Images', items: { type: 'object' } },
    },
  },
  snapshotFields: {
    'deployments.0.updated': 'pods of the newest template', 'deployments.0.available': 'available pods',
    'deployments.0.unavailable': 'desired − available', 'deployments.0.maxSurge': 'resolved maxSurge (rounded up)',
    'deployments.0.maxUnavailable': 'resolved maxUnavailable (rounded down)', 'deployments.0.revision': 'current revision',
    'deployments.0.complete': 'rollout complete', 'deployments.0.progressReason': 'Progressing condition reason',
    'replicaSets': 'ReplicaSets with revision, desired, ready, available',
  },
  hasTime: true,
  timeScale: 6,
  component: lazy(() => import('./RolloutWidget')),
};

export default widget;
