import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'k8s-autoscaling',
  modelKind: 'k8s',
  title: 'Horizontal Pod Autoscaler',
  chapter: 'orchestration',
  summary: 'Cpu utilization against the target, the HPA’s recommendation, the stabilized and limited replica counts, and the pods that follow.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      nodes: { type: 'array', title: 'Nodes', items: { type: 'object' } },
      manifests: { type: 'array', title: 'Manifests (YAML)', description: 'The first HPA is charted', items: { type: 'string' } },
      proxyMode: { type: 'string', enum: ['iptables', 'ipvs'], title: 'kube-proxy mode', default: 'iptables' },
      hpa: { type: 'object', title: 'HPA controller flags', description: 'syncPeriodSec, tolerance, downscaleStabilizationSec …' },
    },
  },
  snapshotFields: {
    'hpas.0.currentReplicas': 'replicas of the target when last synced', 'hpas.0.desiredReplicas': 'replicas the HPA set',
    'hpas.0.currentMetric': 'average cpu utilization, % of request', 'hpas.0.recommendation': 'ceil(ratio × ready pods) before stabilization',
    'hpas.0.limitedReason': 'ScaleUpLimit, TooManyReplicas, DesiredWithinRange …', 'hpas.0.ableToScaleReason': 'ScaleDownStabilized …',
    'deployments.0.available': 'available pods of the target',
  },
  hasTime: true,
  timeScale: 30,
  component: lazy(() => import('./AutoscalingWidget')),
};

export default widget;
