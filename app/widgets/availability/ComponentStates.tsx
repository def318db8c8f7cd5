import { formatDurationSec, formatNumber } from '../../charts/scales';
import type { ComponentState } from './types';

export interface ComponentStatesProps {
  components: readonly ComponentState[];
  labels: Record<string, string>;
  readonly: boolean;
  onCommand(verb: 'fail' | 'repair', componentId: string): void;
}

/** Every component's simulated state now, with Fail/Repair commands (recorded in the scenario). */
export function ComponentStates({ components, labels, readonly, onCommand }: ComponentStatesProps) {
  return (
    <div className="table-scroll av-components-scroll" tabIndex={0} role="region" aria-label="Component states">
      <table className="data-table av-components">
        <caption>Components in the simulation now</caption>
        <thead>
          <tr>
            <th scope="col">component</th>
            <th scope="col">state</th>
            <th scope="col">failures</th>
            <th scope="col">downtime</th>
            <th scope="col">MTBF (h)</th>
            <th scope="col">MTTR (h)</th>
            <th scope="col">command</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c) => {
            const name = labels[c.id] ?? c.id;
            return (
              <tr key={c.id} className={c.up ? undefined : 'av-row-down'}>
                <th scope="row">{name}</th>
                <td className={c.up ? 'av-state-up' : 'av-state-down'}>{c.up ? '● up' : '✕ down'}</td>
                <td>{c.failures}</td>
                <td>{formatDurationSec(c.downtimeSec)}</td>
                <td>{c.mtbfHours === null ? 'never fails' : formatNumber(c.mtbfHours)}</td>
                <td>{formatNumber(c.mttrHours)}</td>
                <td>
                  <button type="button" disabled={readonly} onClick={() => onCommand(c.up ? 'fail' : 'repair', c.id)} aria-label={`${c.up ? 'Fail' : 'Repair'} ${name} now`}>
                    {c.up ? 'Fail now' : 'Repair now'}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
