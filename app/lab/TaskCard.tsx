/**
 * One task: its prompt, a live status (checked in the worker against the widget's snapshot), and,
 * after "Check my work", feedback that names each failed part of the check and the value it read.
 */
import { useState } from 'react';
import type { CheckResult } from '../../engine/lab/evaluate-check';
import type { LabTask } from '../../engine/lab/types';
import { Hints } from './Hints';
import { Markdown } from './Markdown';
import type { TaskProgress } from './progress';

export interface TaskCardProps {
  task: LabTask;
  progress: TaskProgress | undefined;
  result: CheckResult | undefined;
  revealedHints: string[];
  onCheck(result: CheckResult): void;
  onRevealHint(id: string): void;
}

export function TaskCard({ task, progress, result, revealedHints, onCheck, onRevealHint }: TaskCardProps) {
  const [asked, setAsked] = useState(false);
  const passed = progress?.passed ?? false;
  const headingId = `task-${task.id}`;
  return (
    <article className={`lab-task card${passed ? ' is-passed' : ''}`} aria-labelledby={headingId} data-task-id={task.id} data-passed={passed}>
      <h3 id={headingId} className="lab-item-title">
        <span className={`badge ${passed ? 'badge-ok' : ''}`}>{passed ? '✓ Done' : 'Task'}</span>
      </h3>
      <Markdown text={task.prompt} />
      <div className="row">
        <button
          type="button"
          className="button primary"
          disabled={!result}
          onClick={() => {
            setAsked(true);
            if (result) onCheck(result);
          }}
        >
          Check my work
        </button>
        {!result && <span className="muted">Waiting for the simulation…</span>}
      </div>
      {asked && result && <TaskFeedback task={task} result={result} passed={passed} />}
      <Hints hints={task.hints ?? []} revealed={revealedHints} onReveal={onRevealHint} />
    </article>
  );
}

function TaskFeedback({ task, result, passed }: { task: LabTask; result: CheckResult; passed: boolean }) {
  if (result.pass) {
    return (
      <div className="alert alert-ok" role="status">
        <Markdown text={task.feedback?.pass ?? 'Well done: the check passes.'} />
      </div>
    );
  }
  return (
    <div className="alert alert-error" role="status">
      {passed && <p>You completed this task earlier; the widget has changed since.</p>}
      {task.feedback?.fail && <Markdown text={task.feedback.fail} />}
      {result.error ? (
        <p>{result.message}</p>
      ) : (
        <>
          <p>{task.feedback?.fail ? 'What is still false:' : 'Not yet. What is still false:'}</p>
          <ul className="lab-failures">
            {result.failures.map((f) => (
              <li key={f.path}>
                <code>{f.text}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
