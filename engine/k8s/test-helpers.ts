/**
 * Helpers for the k8s tests: run a scenario to a time and read its snapshot in a typed-enough way.
 */
import type { Command, ScenarioJson, Snapshot } from '../core/model';
import { createRun, type Run } from '../core/run';
import { k8sModel } from './model';

export interface PodView { name: string; node: string | null; status: string; phase: string; isReady: boolean; restarts: number; owner: string | null; ageSec: number; containers: Array<{ name: string; state: string; reason: string; restartCount: number }> }
export interface K8sSnap extends Snapshot {
  tSec: number;
}

export function scenario(params: Record<string, unknown>, commands: Command[] = [], until = 600, seed = 1): ScenarioJson {
  return { kind: 'k8s', seed, params, commands, until };
}

export function runTo(sc: ScenarioJson, tSec: number): Run {
  const run = createRun(k8sModel, sc);
  run.advanceTo(tSec);
  return run;
}

export const pods = (run: Run): PodView[] => (run.snapshot() as unknown as { pods: PodView[] }).pods;
export const snap = <T = Record<string, unknown>>(run: Run): T => run.snapshot() as unknown as T;
export const events = (run: Run): Array<{ atSec: number; reason: string; object: string; message: string }> =>
  (run.snapshot() as unknown as { events: Array<{ atSec: number; reason: string; object: string; message: string }> }).events;

export const deployYaml = (name: string, replicas: number, image: string, extra = '', cpu = '100m'): string => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }${extra}
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
      - name: app
        image: ${image}
        resources: { requests: { cpu: ${cpu}, memory: 64Mi } }
`;
