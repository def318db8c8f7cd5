/**
 * WidgetHost: renders one registered widget with its simulation session, time controls,
 * parameter panel, error display, export and share. The gallery, the lab runner and the embed
 * page all use it; its props are documented in app/README.md.
 */
import { memo, Suspense, useEffect, useMemo, useRef } from 'react';
import { ExportMenu } from '../charts/ExportMenu';
import { ShareDialog } from '../charts/ShareDialog';
import { TimeControls } from '../charts/TimeControls';
import { seriesTable } from '../charts/table-data';
import type { WidgetDefinition } from '../widgets/types';
import { ErrorBoundary } from './ErrorBoundary';
import { ParamsPanel } from './params-panel/ParamsPanel';
import type { SimState, SimulationSession } from './simulation-session';
import { toHandle, useSimState, useSimulationSession, useViewState } from './use-simulation';

export interface WidgetHostProps {
  definition: WidgetDefinition;
  /** Initial scenario (untrusted JSON is fine: the engine validates it). Default: definition.defaultScenario. */
  scenario?: unknown;
  /** Initial simulated time in seconds (permalinks). */
  tSec?: number;
  /** No parameter edits and no commands (the widget gets `readonly`). */
  readonly?: boolean;
  /** 'full': time controls with speed/reset + parameter panel; 'compact': time controls only; 'none': neither. */
  controls?: 'full' | 'compact' | 'none';
  /** Show the generated parameter panel (default: controls === 'full' and not readonly). */
  showParams?: boolean;
  /** Show the title bar with export and share (default true). */
  showToolbar?: boolean;
  /** Show the widget's title in the toolbar (off when the page already has it as its heading). */
  showTitle?: boolean;
  /** Heading level of the widget title in the toolbar. */
  headingLevel?: 2 | 3;
  /** A session the host owns (lab runner): WidgetHost then neither opens nor closes one. */
  session?: SimulationSession;
  /** Called after every engine answer (snapshot, time, scenario, error) — for lab checks and embed state posts. */
  onSnapshot?: (state: SimState) => void;
  /** Called once with the session WidgetHost created (to drive it from outside: solve actions, embed control messages). */
  onSession?: (session: SimulationSession) => void;
}

export function WidgetHost(props: WidgetHostProps) {
  return props.session ? <WidgetHostView {...props} session={props.session} /> : <OwnedWidgetHost {...props} />;
}

function OwnedWidgetHost(props: WidgetHostProps) {
  const session = useSimulationSession({ scenario: props.scenario ?? props.definition.defaultScenario, tSec: props.tSec, timeScale: props.definition.timeScale });
  const onSessionRef = useRef(props.onSession);
  useEffect(() => {
    onSessionRef.current = props.onSession;
  });
  useEffect(() => onSessionRef.current?.(session), [session]);
  return <WidgetHostView {...props} session={session} />;
}

function WidgetHostView(props: WidgetHostProps & { session: SimulationSession }) {
  const { definition: def, session, controls = 'full', readonly = false, onSnapshot, headingLevel = 2 } = props;
  const view = useViewState(session);
  const sim = useMemo(() => toHandle(session, view), [session, view]);
  const state = session.store;
  // The latest callback, so a host passing an inline function neither resubscribes nor loops.
  const onSnapshotRef = useRef(onSnapshot);
  useEffect(() => {
    onSnapshotRef.current = onSnapshot;
  });
  useEffect(() => {
    if (state.getState().status === 'ready') onSnapshotRef.current?.(state.getState());
    return state.subscribe((s, prev) => {
      if (s.revision !== prev.revision) onSnapshotRef.current?.(s);
    });
  }, [state]);
  const status = view.status;
  const showParams = props.showParams ?? (controls === 'full' && !readonly);
  const Widget = def.component;
  const paramsErrorShownInPanel = showParams && status === 'ready' && sim.error?.path.startsWith('params');
  return (
    <section className="widget-host" aria-label={def.title} data-widget-kind={def.kind} data-status={status}>
      {props.showToolbar !== false && <HostToolbar def={def} session={session} showTitle={props.showTitle !== false} headingLevel={headingLevel} />}
      {sim.error && !paramsErrorShownInPanel && (
        <div className="alert alert-error" role="alert">
          {status === 'failed' ? 'The scenario could not be started. ' : 'The engine refused the last change (the previous state is kept). '}
          {sim.error.path && <span className="error-path">{sim.error.path}</span>}
          {sim.error.path ? ': ' : ''}
          {sim.error.message.replace(`${sim.error.path}: `, '')}
        </div>
      )}
      {def.hasTime && controls !== 'none' && (
        <TimeControls {...sim} variant={controls === 'compact' ? 'compact' : 'full'} disabled={status !== 'ready'} />
      )}
      <div className={showParams ? 'widget-host-body with-panel' : 'widget-host-body'}>
        <div className="widget-host-main">
          {status === 'loading' && (
            <p className="muted" role="status" data-loading="">
              Starting the simulation…
            </p>
          )}
          {sim.snapshot && (
            <ErrorBoundary what={`the ${def.title} widget`}>
              <Suspense
                fallback={
                  <p className="muted" data-loading="">
                    Loading the widget…
                  </p>
                }
              >
                <Widget sim={sim} readonly={readonly} />
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
        {showParams && <HostParamsPanel session={session} schema={def.paramsSchema} disabled={status !== 'ready'} />}
      </div>
    </section>
  );
}

/**
 * The title bar: export of the whole run and sharing. It re-renders when the scenario or the
 * series change, not on every frame of play; the time and snapshot are read when used.
 */
const HostToolbar = memo(function HostToolbar(props: { def: WidgetDefinition; session: SimulationSession; showTitle: boolean; headingLevel: 2 | 3 }) {
  const { def, session } = props;
  const series = useSimState(session, (s) => s.series);
  const scenario = useSimState(session, (s) => s.scenario);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="widget-host-bar">
      {props.showTitle ? <Heading style={{ margin: 0 }}>{def.title}</Heading> : <span />}
      <div className="row">
        <ExportMenu
          name={`${def.kind}-run`}
          label="Export run"
          table={seriesTable(series, Object.keys(series).map((k) => ({ key: k, label: k })))}
          json={() => {
            const s = session.store.getState();
            return { scenario: s.scenario, tSec: s.tSec, snapshot: s.snapshot };
          }}
        />
        <ShareDialog kind={def.kind} title={def.title} scenario={scenario} tSec={0} getTSec={() => session.store.getState().tSec} />
      </div>
    </div>
  );
});

/** The parameter panel, re-rendered when the scenario or the error change (not on every frame of play). */
const HostParamsPanel = memo(function HostParamsPanel(props: { session: SimulationSession; schema: WidgetDefinition['paramsSchema']; disabled: boolean }) {
  const { session } = props;
  const scenario = useSimState(session, (s) => s.scenario);
  const error = useSimState(session, (s) => s.error);
  const sim = useMemo(() => toHandle(session, { ...session.store.getState(), scenario, error }), [session, scenario, error]);
  return <ParamsPanel sim={sim} schema={props.schema} disabled={props.disabled} />;
});
