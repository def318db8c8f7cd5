import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'k8s-cluster',
  modelKind: 'k8s',
  title: 'Kubernetes cluster: nodes, pods and self-healing',
  chapter: 'orchestration',
  summary: 'Nodes with their capacity and pods coloured by phase; fail a node and watch NotReady, taints, eviction after 300 s and rescheduling.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      nodes: { type: 'array', title: 'Nodes', description: 'Node groups: { name, count, cpu, memory, zone, taints }', items: { type: 'object' } },
      manifests: { type: 'array', title: 'Manifests (YAML)', description: 'Applied at t = 0', items: { type: 'string' } },
      nodeMonitorGracePeriodSec: { type: 'number', title: 'Node monitor grace period (s)', minimum: 1, default: 50 },
      defaultTolerationSec: { type: 'integer', title: 'Default tolerationSeconds', minimum: 0, default: 300 },
    },
  },
  snapshotFields: {
    'counts.podsRunning': 'pods in phase Running', 'counts.podsReady': 'pods Ready', 'counts.podsPending': 'pods Pending',
    'counts.nodesReady': 'nodes with Ready=True', 'nodes': 'nodes: name, ready, taints, allocatable, requested',
    'pods': 'pods: name, node, status (kubectl STATUS), ready, restarts', 'events': 'recent Kubernetes events',
  },
  hasTime: true,
  timeScale: 20,
  component: lazy(() => import('./ClusterWidget')),
};

export default widget;
