/**
 * The step's widget, through the framework's WidgetHost. It starts from the learner's saved
 * widget state if there is one, else from the step scenario seeded for this learner (in the
 * worker). Every engine answer goes up (for checks and quizzes); the state is saved whenever the
 * simulation is not playing, so params, live commands and time survive a reload.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScenarioJson } from '../../engine/core/model';
import type { LabJson, LabStep } from '../../engine/lab/types';
import { WidgetHost } from '../framework/WidgetHost';
import * as actions from '../framework/session-actions';
import type { SimState, SimulationSession } from '../framework/simulation-session';
import { getWidget } from '../widgets/registry';
import { useLabEngine } from './lab-engine';
import type { StepProgress } from './progress';

export interface StepWidgetProps {
  lab: LabJson;
  step: LabStep;
  learnerId: string;
  saved: StepProgress['widget'];
  onState(state: SimState): void;
  onPersist(widget: StepProgress['widget']): void;
}

type Start = { scenario: ScenarioJson; tSec: number };

export function StepWidget({ lab, step, learnerId, saved, onState, onPersist }: StepWidgetProps) {
  const engine = useLabEngine();
  const spec = step.widget!;
  const definition = getWidget(spec.kind);
  const [fresh, setFresh] = useState<Start | null>(null);
  // The widget's starting point is fixed when the step mounts; later saves must not reload it.
  const [start, setStart] = useState<Start | null>(() => (saved ? { scenario: saved.scenario, tSec: saved.tSec } : null));
  const session = useRef<SimulationSession | null>(null);
  const lastSaved = useRef(saved ? JSON.stringify(saved) : '');

  useEffect(() => {
    let live = true;
    void engine.learnerScenario(lab.seed, spec.scenario, learnerId).then((scenario) => {
      if (!live) return;
      const s = { scenario, tSec: spec.startAtSec ?? 0 };
      setFresh(s);
      setStart((prev) => prev ?? s);
    });
    return () => {
      live = false;
    };
  }, [engine, lab.seed, spec, learnerId]);

  const handleState = useCallback(
    (s: SimState) => {
      onState(s);
      if (s.status !== 'ready' || s.playing) return;
      const widget = { scenario: s.scenario, tSec: s.tSec };
      const json = JSON.stringify(widget);
      if (json === lastSaved.current) return;
      lastSaved.current = json;
      onPersist(widget);
    },
    [onState, onPersist],
  );
  const handleSession = useCallback((s: SimulationSession) => {
    session.current = s;
  }, []);

  if (!definition) return <p className="alert alert-error">This step needs the widget “{spec.kind}”, which this version of Stratolab does not have.</p>;
  if (!start) return <p className="muted" role="status">Preparing your simulation…</p>;
  return (
    <div className="lab-widget">
      <WidgetHost definition={definition} scenario={start.scenario} tSec={start.tSec} headingLevel={3} onSnapshot={handleState} onSession={handleSession} />
      <p className="row">
        <button
          type="button"
          className="button"
          disabled={!fresh}
          onClick={() => {
            if (!fresh || !session.current) return;
            actions.loadScenario(session.current, fresh.scenario, fresh.tSec);
          }}
        >
          Restart this step’s simulation
        </button>
        {lab.seed?.mode === 'perLearner' && <span className="muted">Your simulation uses your own random seed: your numbers differ from your neighbour’s.</span>}
      </p>
    </div>
  );
}
