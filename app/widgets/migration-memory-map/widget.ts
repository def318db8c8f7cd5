import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'migration-memory-map',
  modelKind: 'migration',
  title: 'Live migration: the memory map',
  chapter: 'virtualization',
  summary: "A heatmap of the VM's pages — dirty, sent, hot — clearing round by round until only the writable working set is left.",
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      memoryMiB: { type: 'number', minimum: 1, maximum: 1048576, title: 'Memory (MiB)', default: 1024 },
      pageSizeKiB: { type: 'integer', enum: [4, 2048], title: 'Page size (KiB)', default: 4 },
      bandwidthMbps: { type: 'number', exclusiveMinimum: 0, title: 'Link (Mbit/s)', default: 1000 },
      rateLimitMiBps: { type: 'number', minimum: 0, title: 'Live rate limit (MiB/s)', default: 128 },
      strategy: { type: 'string', enum: ['precopy', 'autoconverge', 'postcopy', 'hybrid'], title: 'Strategy', default: 'precopy' },
      dirty: { type: 'object', title: 'Workload (dirty model)', description: 'As in the migration widget: model, ratePagesPerSec, hotFraction, coldRatePagesPerSec.' },
    },
  },
  snapshotFields: {
    phase: 'idle | precopy | stopped | postcopy | completed | cancelled',
    liveRounds: 'pre-copy rounds completed',
    pendingBytes: 'dirty and unsent bytes',
    'memoryMap.pending': 'per-cell fraction of pages still to send',
  },
  hasTime: true,
  component: lazy(() => import('./MemoryMapWidget')),
};

export default widget;
