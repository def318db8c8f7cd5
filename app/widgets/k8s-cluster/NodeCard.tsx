import type { NodeView, PodView } from './types';

export function podState(status: string): 'ok' | 'bad' | 'wait' {
  if (status === 'Running' || status === 'Completed') return 'ok';
  if (/Error|CrashLoop|Terminating|Unknown|Failed/.test(status)) return 'bad';
  return 'wait';
}

function Bar({ label, used, total, unit }: { label: string; used: number; total: number; unit: string }) {
  const pct = total > 0 ? Math.min(100, (100 * used) / total) : 0;
  return (
    <div>
      <span className="muted">{label}: {used}{unit} of {total}{unit} requested ({pct.toFixed(0)} %)</span>
      <div className="k8s-bar" role="img" aria-label={`${label} ${pct.toFixed(0)} percent requested`}><span style={{ width: `${pct}%` }} /></div>
    </div>
  );
}

export function NodeCard({ node, pods, readonly, onCommand }: { node: NodeView; pods: PodView[]; readonly: boolean; onCommand: (verb: string) => void }) {
  const state = node.ready === 'True' ? (node.up ? 'Ready' : 'Ready (not heard from)') : 'NotReady';
  return (
    <article className="k8s-node" data-ready={node.ready} aria-label={`node ${node.name}, ${state}`}>
      <h4><span>{node.name}</span><span className="badge">{state}{node.unschedulable ? ', SchedulingDisabled' : ''}</span></h4>
      <Bar label="cpu" used={node.requested.cpuMilli} total={node.allocatable.cpuMilli} unit="m" />
      <Bar label="memory" used={Math.round(node.requested.memoryBytes / 2 ** 20)} total={Math.round(node.allocatable.memoryBytes / 2 ** 20)} unit=" MiB" />
      <ul className="k8s-pods" aria-label={`pods on ${node.name}`}>
        {pods.map((p) => <li key={p.name} className="k8s-pod" data-state={podState(p.status)} title={`${p.name}: ${p.status} ${p.ready}`}>{p.name.slice(-5)} {p.status}</li>)}
      </ul>
      {node.taints.length > 0 && <p className="k8s-taint">taints: {node.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ')}</p>}
      <div className="row">
        {node.up
          ? <button type="button" disabled={readonly} onClick={() => onCommand('failNode')}>Fail {node.name}</button>
          : <button type="button" disabled={readonly} onClick={() => onCommand('recoverNode')}>Recover {node.name}</button>}
        <button type="button" disabled={readonly} onClick={() => onCommand(node.unschedulable ? 'uncordon' : 'cordon')}>{node.unschedulable ? 'Uncordon' : 'Cordon'}</button>
      </div>
    </article>
  );
}
