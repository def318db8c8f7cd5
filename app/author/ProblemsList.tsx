/** The lab's problems, each named by its JSON path; activating one moves the editor cursor there. */
import type { DraftIssue, DraftStatus } from './use-author-draft';

export interface ProblemsListProps {
  issues: DraftIssue[];
  status: DraftStatus;
  onSelect(issue: DraftIssue): void;
}

export function ProblemsList({ issues, status, onSelect }: ProblemsListProps) {
  const summary = status === 'checking' ? 'Checking…' : status === 'valid' ? 'No problems: the preview shows this version.' : `${issues.length} problem${issues.length === 1 ? '' : 's'} — the preview keeps the last valid version.`;
  return (
    <section className="author-problems" aria-labelledby="author-problems-title">
      <h2 id="author-problems-title" className="author-pane-title">
        Problems
      </h2>
      <p role="status" aria-live="polite" className={status === 'invalid' ? 'author-status-invalid' : 'muted'} data-testid="author-status" data-status={status}>
        {summary}
      </p>
      {issues.length > 0 && (
        <ul className="author-issue-list" data-testid="author-problems">
          {issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <button type="button" className="author-issue" onClick={() => onSelect(issue)}>
                <code className="author-issue-path">{issue.path || (issue.line ? `line ${issue.line}, column ${issue.column ?? 1}` : '(lab)')}</code>{' '}
                <span>{issue.message}</span>
                {issue.rule !== 'schema' && issue.rule !== 'syntax' && <span className="badge">{issue.rule}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
