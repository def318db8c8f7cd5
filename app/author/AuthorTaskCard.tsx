/**
 * A task as the author sees it: prompt, the live verdict of its check on the preview's snapshot,
 * the full evaluation trace, and "Force solve", which applies the task's `solve` to the live widget
 * exactly as `npm run lab -- test` does headlessly (params restart at t = 0, then commands, then
 * run to runToSec).
 */
import type { CheckResult } from '../../engine/lab/evaluate-check';
import type { LabTask } from '../../engine/lab/types';
import { Markdown } from '../lab/Markdown';
import { CheckTrace } from './CheckTrace';

export interface AuthorTaskCardProps {
  task: LabTask;
  path: string;
  result: CheckResult | undefined;
  canSolve: boolean;
  onSolve(task: LabTask): void;
}

export function AuthorTaskCard({ task, path, result, canSolve, onSolve }: AuthorTaskCardProps) {
  const verdict = !result ? 'not evaluated yet' : result.error ? 'check error' : result.pass ? 'passes' : 'fails';
  return (
    <article className="card author-task" data-task-id={task.id} data-pass={result?.pass ?? false} aria-label={`Task ${task.id}`}>
      <p className="row">
        <span className={`badge ${result?.pass ? 'badge-ok' : ''}`}>Task {task.id}: {verdict}</span>
        <button type="button" className="button" disabled={!canSolve} onClick={() => onSolve(task)}>
          Force solve
        </button>
      </p>
      <Markdown text={task.prompt} />
      {result && <p className={result.pass ? 'muted' : 'author-status-invalid'}>{result.message}</p>}
      {result?.trace && (
        <details>
          <summary>Check trace ({path})</summary>
          <ul className="author-trace">
            <CheckTrace node={result.trace} />
          </ul>
        </details>
      )}
    </article>
  );
}
