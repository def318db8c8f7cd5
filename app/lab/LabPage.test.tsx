// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngineApi } from '../../engine/api';
import { EngineContext } from '../framework/engine-context';
import { inProcessLabEngine } from './lab-test-engine';
import { LabFromJson } from './LabFromJson';
import LabPage from './LabPage';
import CatalogPage from './CatalogPage';
import { emptyProgress, visitStep } from './progress';
import { saveProgress } from './progress-storage';

const LAB_ID = 'architectures.high-availability';

function renderWithEngine(ui: React.ReactElement) {
  return render(<EngineContext.Provider value={inProcessLabEngine(createEngineApi())}>{ui}</EngineContext.Provider>);
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('lab runner (engine in-process)', { timeout: 60_000 }, () => {
  it('the catalog lists every chapter, and the HA lab under Architectures with time and progress', () => {
    render(<CatalogPage />);
    for (const chapter of ['Fundamentals', 'Virtualization', 'Containers', 'Orchestration', 'Infrastructure', 'Architectures', 'Service models', 'Sustainability']) {
      expect(screen.getByRole('heading', { name: chapter })).toBeTruthy();
    }
    const list = screen.getByRole('list', { name: 'Architectures labs' });
    expect(within(list).getByRole('link', { name: /High availability/ }).getAttribute('href')).toBe(`#/lab/${LAB_ID}`);
    expect(within(list).getByText('about 50 min')).toBeTruthy();
    expect(within(list).getByText('Progress: not started')).toBeTruthy();
  });

  it('renders the first step with math, a table, the widget, its task and quizzes', async () => {
    const { container } = renderWithEngine(<LabPage labId={LAB_ID} />);
    await screen.findByRole('heading', { name: '1. Availability and the nines' }, { timeout: 20_000 });
    expect(container.querySelector('.katex')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'downtime per year' })).toBeTruthy();
    await waitFor(() => expect(container.querySelector('[data-widget-kind="availability"][data-status="ready"]')).toBeTruthy(), { timeout: 20_000 });
    expect(container.querySelector('[data-task-id="three-nines"]')).toBeTruthy();
    expect(screen.getByRole('radio', { name: '52.6 minutes' })).toBeTruthy();
  });

  it('names the failed part of a check and its value, completes a task by driving the widget, and keeps it after a remount', async () => {
    saveProgress(visitStep(emptyProgress(LAB_ID, '1.0.0', 'test-learner', new Date().toISOString()), 'measured', new Date().toISOString()));
    const first = renderWithEngine(<LabPage labId={LAB_ID} />);
    await screen.findByRole('heading', { name: '7. Measured versus analytic availability' }, { timeout: 20_000 });
    const task = () => first.container.querySelector('[data-task-id="fail-primary"]') as HTMLElement;
    await waitFor(() => expect(within(task()).getByRole('button', { name: 'Check my work' }).hasAttribute('disabled')).toBe(false), { timeout: 20_000 });
    await act(async () => fireEvent.click(within(task()).getByRole('button', { name: 'Check my work' })));
    expect(await within(task()).findByText('blocks.db-1.up (= true) holds but must not')).toBeTruthy();

    const fail = await screen.findByRole('button', { name: 'Fail db-1 now' }, { timeout: 20_000 });
    await act(async () => fireEvent.click(fail));
    await waitFor(() => expect(task().dataset.passed).toBe('true'), { timeout: 20_000 });
    first.unmount();

    const second = renderWithEngine(<LabPage labId={LAB_ID} />);
    await screen.findByRole('heading', { name: '7. Measured versus analytic availability' }, { timeout: 20_000 });
    expect((second.container.querySelector('[data-task-id="fail-primary"]') as HTMLElement).dataset.passed).toBe('true');
    // The widget's state (with the learner's live command) is saved with the progress, to restore it.
    const saved = JSON.parse(localStorage.getItem(`stratolab.progress.${LAB_ID}@1`)!);
    expect(saved.steps.measured.widget.scenario.commands).toEqual([{ do: 'fail', component: 'db-1', at: 0 }]);
  });

  it('grades a computed numeric answer against the live snapshot', async () => {
    const { container } = renderWithEngine(<LabPage labId={LAB_ID} />);
    await waitFor(() => expect(container.querySelector('[data-widget-kind="availability"][data-status="ready"]')).toBeTruthy(), { timeout: 20_000 });
    const quiz = container.querySelector('[data-quiz-id="downtime-now"]') as HTMLElement;
    await act(async () => fireEvent.change(within(quiz).getByLabelText('Your answer (min)'), { target: { value: '87.66 h' } }));
    await act(async () => fireEvent.click(within(quiz).getByRole('button', { name: 'Submit answer' })));
    await waitFor(() => expect(quiz.dataset.correct).toBe('true'));
    expect(JSON.parse(localStorage.getItem('stratolab.progress.architectures.high-availability@1')!).steps.nines.quizzes['downtime-now']).toMatchObject({ correct: true, attempts: 1 });
  });

  it('shows every problem of an invalid lab with its JSON path instead of crashing, and leaves saved progress alone', async () => {
    localStorage.setItem('stratolab.progress.broken@1', '{"keep":"me"}');
    renderWithEngine(<LabFromJson raw={{ id: 'broken', version: '1.0.0', steps: [{ id: 'Bad Id' }] }} title="Broken lab" source="labs/x/broken.json" />);
    await screen.findByRole('alert', undefined, { timeout: 20_000 });
    const table = screen.getByRole('table', { name: 'Problems, by JSON path' });
    for (const path of ['$schema', 'title', 'chapter', 'steps[0].id', 'steps[0].title', 'steps[0].body']) expect(within(table).getByText(path)).toBeTruthy();
    expect(localStorage.getItem('stratolab.progress.broken@1')).toBe('{"keep":"me"}');
  });
});
