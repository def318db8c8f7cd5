/**
 * One quiz item: single choice (radios), multiple choice (checkboxes) or a numeric answer with a
 * unit. Graded in the worker; a computed answer is evaluated on the widget's live snapshot, so
 * each learner is graded against their own numbers. The last answer is restored from progress.
 */
import { useId, useState } from 'react';
import type { Snapshot } from '../../engine/core/model';
import type { QuizGrade, QuizResponse } from '../../engine/lab/grade-quiz';
import type { QuizItem } from '../../engine/lab/types';
import { Hints } from './Hints';
import { useLabEngine } from './lab-engine';
import { Markdown } from './Markdown';
import type { QuizProgress } from './progress';

export interface QuizCardProps {
  item: QuizItem;
  progress: QuizProgress | undefined;
  snapshot: Snapshot | null;
  revealedHints: string[];
  onGraded(response: QuizResponse, grade: QuizGrade): void;
  onRevealHint(id: string): void;
}

function initialResponse(item: QuizItem, saved: QuizResponse | undefined): QuizResponse {
  if (saved) return saved;
  if (item.type === 'numeric') return { value: '' };
  return item.type === 'single' ? { choice: '' } : { choices: [] };
}

export function QuizCard({ item, progress, snapshot, revealedHints, onGraded, onRevealHint }: QuizCardProps) {
  const engine = useLabEngine();
  const id = useId();
  const [response, setResponse] = useState<QuizResponse>(() => initialResponse(item, progress?.response));
  const [grade, setGrade] = useState<QuizGrade | null>(null);
  const [busy, setBusy] = useState(false);
  const correct = progress?.correct ?? false;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const g = await engine.gradeQuiz(item, response, snapshot);
      setGrade(g);
      if (!g.invalid) onGraded(response, g);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className={`lab-quiz card${correct ? ' is-passed' : ''}`} data-quiz-id={item.id} data-correct={correct}>
      <form onSubmit={submit} aria-labelledby={`${id}-prompt`}>
        <div id={`${id}-prompt`} className="lab-item-title">
          <span className={`badge ${correct ? 'badge-ok' : ''}`}>{correct ? '✓ Correct' : 'Question'}</span>
          <Markdown text={item.prompt} />
        </div>
        {item.type === 'numeric' ? (
          <NumericInput id={id} unit={item.unit} value={'value' in response ? String(response.value) : ''} onChange={(v) => setResponse({ value: v })} />
        ) : (
          <Choices id={id} item={item} response={response} onChange={setResponse} />
        )}
        <div className="row">
          <button type="submit" className="button primary" disabled={busy}>
            Submit answer
          </button>
          {progress && <span className="muted">{progress.attempts} attempt{progress.attempts === 1 ? '' : 's'}</span>}
        </div>
      </form>
      {grade && <GradeFeedback grade={grade} explanation={item.explanation} />}
      <Hints hints={item.hints ?? []} revealed={revealedHints} onReveal={onRevealHint} />
    </article>
  );
}

function NumericInput({ id, unit, value, onChange }: { id: string; unit?: string; value: string; onChange(v: string): void }) {
  return (
    <p className="field">
      <label htmlFor={`${id}-value`}>Your answer{unit ? ` (${unit})` : ''}</label>
      <input id={`${id}-value`} type="text" inputMode="decimal" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </p>
  );
}

function Choices({ id, item, response, onChange }: { id: string; item: Extract<QuizItem, { choices: unknown }>; response: QuizResponse; onChange(r: QuizResponse): void }) {
  const chosen = 'choice' in response ? [response.choice] : 'choices' in response ? response.choices : [];
  const toggle = (choiceId: string, on: boolean) => {
    if (item.type === 'single') onChange({ choice: choiceId });
    else onChange({ choices: on ? [...chosen.filter((c) => c !== choiceId), choiceId] : chosen.filter((c) => c !== choiceId) });
  };
  return (
    <fieldset className="lab-choices">
      <legend className="visually-hidden">{item.type === 'single' ? 'Choose one answer' : 'Choose all that apply'}</legend>
      {item.choices.map((c) => (
        <label key={c.id} className="lab-choice">
          <input type={item.type === 'single' ? 'radio' : 'checkbox'} name={`${id}-choice`} value={c.id} checked={chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
          <Markdown text={c.text} inline />
        </label>
      ))}
    </fieldset>
  );
}

function GradeFeedback({ grade, explanation }: { grade: QuizGrade; explanation?: string }) {
  return (
    <div className={`alert ${grade.correct ? 'alert-ok' : 'alert-error'}`} role="status">
      <p>{grade.message}</p>
      {grade.feedback.map((f, i) => (
        <Markdown key={i} text={f} />
      ))}
      {grade.correct && explanation && <Markdown text={explanation} />}
    </div>
  );
}
