/** A check's evaluation trace as a nested list: each sub-expression, its value, pass or fail (in text). */
import type { TraceNode } from '../../engine/lab/evaluate-check';

export function CheckTrace({ node }: { node: TraceNode }) {
  return (
    <li className={node.pass ? 'trace-pass' : 'trace-fail'}>
      <span className="trace-verdict">{node.pass ? '✓' : '✗'}</span> <code>{node.text}</code> <span className="muted">({node.path})</span>
      {node.children && node.children.length > 0 && (
        <ul>
          {node.children.map((c, i) => (
            <CheckTrace key={`${c.path}-${i}`} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}
