/** An invalid lab: every problem with its JSON path, instead of a crash. Saved progress is untouched. */
import type { LabIssue } from '../../engine/lab/types';

export function LabErrors({ title, source, issues }: { title: string; source: string; issues: LabIssue[] }) {
  return (
    <section className="lab-errors" aria-labelledby="lab-errors-title">
      <h1 id="lab-errors-title">{title}</h1>
      <div className="alert alert-error" role="alert">
        <p>
          This lab has {issues.length} problem{issues.length === 1 ? '' : 's'} and cannot be opened. Your saved progress is kept and will be
          there when the lab is fixed.
        </p>
      </div>
      <p className="muted">
        File: <code>{source}</code>. Instructors: run <code>npm run lab -- validate {source}</code> to see the same list.
      </p>
      <table className="data-table">
        <caption>Problems, by JSON path</caption>
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col">Problem</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, n) => (
            <tr key={n}>
              <td>
                <code>{i.path || '(lab)'}</code>
              </td>
              <td>{i.message}</td>
              <td>{i.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
