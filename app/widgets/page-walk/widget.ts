import { lazy } from 'react';
import type { WidgetDefinition } from '../types';
import { defaultScenario } from './default-scenario';

const widget: WidgetDefinition = {
  kind: 'page-walk',
  modelKind: 'paging',
  title: 'Page walk: native, nested (EPT) and shadow',
  chapter: 'virtualization',
  summary: 'Translate a virtual address and step through every page-table entry the CPU reads — 4 natively, 24 through EPT — with editable bits, faults and VM exits.',
  defaultScenario,
  paramsSchema: {
    type: 'object',
    properties: {
      mode: { type: 'string', enum: ['native', 'nested', 'shadow'], title: 'Mode', default: 'native' },
      levels: { type: 'integer', enum: [4, 5], title: 'Paging levels (5 = LA57)', default: 4 },
      cr3: { type: 'string', title: 'CR3 (hex)', default: '0x1000' },
      cr0WP: { type: 'boolean', title: 'CR0.WP', default: true },
      eferNXE: { type: 'boolean', title: 'EFER.NXE', default: true },
      cr4: { type: 'object', title: 'CR4 bits', description: '{ pcide, pge, smep, smap }' },
      mappings: { type: 'array', title: 'Mappings (builder)', description: '[{ va, pa, pages, pageSize, writable, user, nx, global }]' },
      memory: { type: 'object', title: 'Raw memory image', description: '{ "<hex address>": "<hex 64-bit entry>" }' },
      ept: { type: 'object', title: 'EPT / NPT', description: '{ levels, format, pageSize, autoMap, hostOffset, mappings, memory }' },
      tlb: { type: 'object', title: 'TLB', description: '{ enabled, tagged, l1, l2 }' },
      pscEntries: { type: 'integer', minimum: 0, title: 'Paging-structure cache entries per level', default: 0 },
    },
  },
  snapshotFields: {
    'last.references': 'entry reads of the last translation',
    'last.pa': 'physical (host-physical) address, hex',
    'last.gpa': 'guest-physical address (nested, shadow), hex',
    'last.pageSize': '4K | 2M | 1G',
    'last.tlb': 'l1-hit | l2-hit | miss',
    'last.fault.kind': 'not-present | reserved-bit | write-protect | user-supervisor | execute-disable | smep | smap | non-canonical | ept-violation | ept-misconfig | npf',
    'last.fault.errorCode': '#PF error code (P, W/R, U/S, RSVD, I/D bits)',
    'last.fault.level': 'level where the walk stopped (1 = PT … 5 = PML5)',
    'last.fault.injected': 'shadow mode: a true guest fault the VMM injected',
    'last.vmExits': 'VM exits caused by the last translation',
    'stats.vmExits': 'VM exits so far',
    'stats.exitsByReason': 'VM exits per reason',
  },
  hasTime: true,
  timeScale: 1,
  component: lazy(() => import('./PageWalkWidget')),
};

export default widget;
