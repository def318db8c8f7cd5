/**
 * The widget's default scenario: the engine's example (engine/availability/example.ts), a classic
 * three-tier web service over one year. Repeated here because app/ imports engine types only.
 */
import type { ScenarioJson } from '../../../engine/core/model';

export const defaultScenario: ScenarioJson = {
  kind: 'availability',
  title: 'Three-tier web service: redundant load balancers, 2-of-3 web servers, replicated database',
  seed: 42,
  params: {
    diagram: {
      type: 'series',
      id: 'service',
      label: 'Web service',
      blocks: [
        {
          type: 'parallel',
          id: 'lb',
          label: 'Load balancers',
          blocks: [
            { type: 'component', id: 'lb-1', mtbfHours: 4380, mttrHours: 4 },
            { type: 'component', id: 'lb-2', mtbfHours: 4380, mttrHours: 4 },
          ],
        },
        {
          type: 'kofn',
          id: 'web',
          label: 'Web servers (2 of 3)',
          k: 2,
          blocks: [
            { type: 'component', id: 'web-1', mtbfHours: 2000, mttrHours: 8 },
            { type: 'component', id: 'web-2', mtbfHours: 2000, mttrHours: 8 },
            { type: 'component', id: 'web-3', mtbfHours: 2000, mttrHours: 8 },
          ],
        },
        {
          type: 'parallel',
          id: 'db',
          label: 'Database (primary + replica)',
          blocks: [
            { type: 'component', id: 'db-1', mtbfHours: 8760, mttrHours: 12 },
            { type: 'component', id: 'db-2', mtbfHours: 8760, mttrHours: 12 },
          ],
        },
        { type: 'component', id: 'network', label: 'Network', availability: 0.9999 },
      ],
    },
    sampleEverySec: 86400,
  },
  commands: [],
  until: 31_557_600,
};
