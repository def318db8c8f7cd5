import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'tlb-explorer',
  modelKind: 'paging',
  title: 'Translation cost explorer: TLBs, nested and shadow paging',
  chapter: 'virtualization',
  summary: 'Run one memory workload under native, shadow and nested paging (with and without huge pages) and compare TLB hit rates, page-walk references and VM exits.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      workload: { type: 'object', title: 'Workload', description: '{ pattern, workingSetBytes, accesses, zipfExponent, writeFraction, processes, switchEvery, ptWriteEvery }' },
      tlb: { type: 'object', title: 'TLB', description: '{ enabled, tagged, l1: { "4K": { entries, ways } … }, l2: { entries, ways, hugePages } }' },
      pscEntries: { type: 'integer', minimum: 0, title: 'Paging-structure cache entries per level', default: 0 },
      ept: { type: 'object', title: 'EPT', description: '{ levels, nestedTlbEntries, pscEntries }' },
      costs: { type: 'object', title: 'Cost model (cycles)', description: '{ l2TlbHitCycles, walkRefCycles, vmExitCycles, vmmHandlerCycles }' },
    },
  },
  snapshotFields: {
    'comparison.runs': 'one result per configuration: label, tlbHitRate, refsPerAccess, refsPerWalk, vmExits, cyclesPerAccess, overheadVsNative',
    'comparison.runs.0.refsPerWalk': 'native references per TLB miss',
    'comparison.runs.2.refsPerWalk': 'nested 4K/4K references per TLB miss',
    'workload.tlbHitRate': 'runWorkload: TLB hit rate in this mode',
  },
  hasTime: false,
  component: lazy(() => import('./TlbExplorerWidget')),
};

export default widget;
