/**
 * The availability widget: edit a reliability block diagram, read its analytic availability,
 * nines, downtime and tier, and run the failure simulation (time controls come from WidgetHost)
 * to compare measured with analytic availability. Fail/Repair are live commands.
 */
import { useState } from 'react';
import type { WidgetProps } from '../types';
import { AnalyticSummary } from './AnalyticSummary';
import { AvailabilityCharts } from './AvailabilityCharts';
import { BlockEditor } from './BlockEditor';
import { ComponentStates } from './ComponentStates';
import { DiagramTree } from './DiagramTree';
import { TiersReference } from './TiersReference';
import { findBlock } from './diagram-edit';
import type { AvailabilityParams, AvailabilitySnapshot, DiagramBlock } from './types';
import './availability.css';

export default function AvailabilityWidget({ sim, readonly = false }: WidgetProps) {
  const snap = sim.snapshot as unknown as AvailabilitySnapshot | null;
  const params = sim.scenario.params as unknown as AvailabilityParams;
  const root = params.diagram;
  const [selectedId, setSelectedId] = useState(root?.id ?? '');
  if (!snap || !root) return null;
  const selected = findBlock(root, selectedId) ?? root;
  const labels = Object.fromEntries(Object.entries(snap.blocks).map(([id, b]) => [id, b.label]));
  const change = (diagram: DiagramBlock, selectId?: string) => {
    sim.setParams({ ...params, diagram });
    if (selectId) setSelectedId(selectId);
  };
  return (
    <div className="av-widget">
      <AnalyticSummary snap={snap} />
      <section className="av-diagram" aria-labelledby="av-diagram-h">
        <h3 id="av-diagram-h">Reliability block diagram</h3>
        <p className="field-hint">Select a block to edit it; changes restart the simulation from t = 0.</p>
        <div className="av-diagram-body">
          <DiagramTree root={root} states={snap.blocks} selectedId={selected.id} onSelect={setSelectedId} />
          <BlockEditor key={`${selected.id}:${JSON.stringify(selected)}`} root={root} block={selected} readonly={readonly} onChange={change} />
        </div>
      </section>
      <ComponentStates components={snap.components} labels={labels} readonly={readonly} onCommand={(verb, id) => sim.dispatch({ do: verb, component: id })} />
      <AvailabilityCharts series={sim.series} snap={snap} tSec={sim.tSec} untilSec={sim.until} />
      <TiersReference availability={snap.analytic.availability} />
    </div>
  );
}
