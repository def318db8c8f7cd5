import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'k8s-kubectl',
  modelKind: 'k8s',
  title: 'kubectl console',
  chapter: 'orchestration',
  summary: 'Drive the simulated cluster with kubectl — get, describe, apply -f, scale, rollout, cordon, drain, taint, label, top — and a YAML editor.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      nodes: { type: 'array', title: 'Nodes', items: { type: 'object' } },
      manifests: { type: 'array', title: 'Manifests (YAML)', items: { type: 'string' } },
    },
  },
  snapshotFields: {
    'pods': 'pods: name, node, status, ready, restarts', 'deployments': 'deployments with updated/ready/available',
    'nodes': 'nodes with ready, taints, unschedulable', 'applyResults': 'results of apply with not-simulated fields',
    'counts.podsReady': 'pods Ready',
  },
  hasTime: true,
  timeScale: 10,
  component: lazy(() => import('./KubectlWidget')),
};

export default widget;
