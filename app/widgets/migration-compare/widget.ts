import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'migration-compare',
  modelKind: 'migration',
  title: 'Live migration: strategies compared',
  chapter: 'virtualization',
  summary: 'The same VM and workload under pre-copy, auto-converge, post-copy and hybrid: total time, downtime, bytes sent and the cost to the guest.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      memoryMiB: { type: 'number', minimum: 1, maximum: 16384, title: 'Memory (MiB)', default: 1024 },
      bandwidthMbps: { type: 'number', exclusiveMinimum: 0, title: 'Link (Mbit/s)', default: 1000 },
      rateLimitMiBps: { type: 'number', minimum: 0, title: 'Live rate limit (MiB/s, 0 = line rate)', default: 0 },
      latencyMs: { type: 'number', minimum: 0, title: 'Latency (ms, one way)', default: 0.5 },
      downtimeLimitMs: { type: 'number', minimum: 0, title: 'Downtime limit (ms)', default: 300 },
      compare: { type: 'object', title: 'Comparison', description: '{ strategies: [...], horizonSec }' },
      dirty: { type: 'object', title: 'Workload (dirty model)', description: 'model, ratePagesPerSec, hotFraction, coldRatePagesPerSec' },
    },
  },
  snapshotFields: {
    'comparison.0.completed': 'whether the first strategy (pre-copy) finished within the horizon',
    'comparison.1.degradation': 'guest time lost under auto-converge (0–1)',
    'comparison.2.downtimeSec': 'post-copy downtime, seconds',
    'comparison.3.sentRatio': 'hybrid bytes sent / RAM',
    lambda: 'dirty rate / live bandwidth',
  },
  hasTime: false,
  component: lazy(() => import('./CompareWidget')),
};

export default widget;
