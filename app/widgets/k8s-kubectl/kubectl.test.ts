import { describe, expect, it } from 'vitest';
import { replay } from '../../../engine/replay';
import { defaultScenario } from './default-scenario';
import { complete, runKubectl } from './kubectl';
import type { KSnap } from './types';

const snap = replay(defaultScenario, 30).snapshot() as unknown as KSnap;

describe('runKubectl()', { timeout: 30_000 }, () => {
  it('prints get pods as a kubectl table', () => {
    const out = runKubectl('kubectl get pods', snap, '').output.split('\n');
    expect(out[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(out).toHaveLength(4);
    expect(out[1]).toMatch(/^web-\S+\s+1\/1\s+Running\s+0\s+30s$/);
  });
  it('turns changing verbs into scenario commands', () => {
    expect(runKubectl('kubectl scale deployment/web --replicas=5', snap, '').command).toEqual({ do: 'scale', kind: 'Deployment', name: 'web', replicas: 5 });
    expect(runKubectl('kubectl taint nodes node-1 dedicated=db:NoSchedule', snap, '').command).toEqual({ do: 'taint', node: 'node-1', key: 'dedicated', value: 'db', effect: 'NoSchedule', remove: false });
    expect(runKubectl('kubectl label nodes node-2 disktype=ssd', snap, '').command).toEqual({ do: 'label', kind: 'Node', name: 'node-2', key: 'disktype', value: 'ssd' });
    expect(runKubectl('kubectl set image deployment/web nginx=nginx:1.26', snap, '').command).toEqual({ do: 'setImage', deployment: 'web', container: 'nginx', image: 'nginx:1.26' });
    expect(runKubectl('kubectl rollout undo deployment/web --to-revision=1', snap, '').command).toEqual({ do: 'rolloutUndo', deployment: 'web', toRevision: 1 });
    expect(runKubectl('kubectl apply -f manifest.yaml', snap, 'kind: Pod').command).toEqual({ do: 'apply', yaml: 'kind: Pod' });
  });
  it('reports rollout status and unknown resources like kubectl', () => {
    expect(runKubectl('kubectl rollout status deployment/web', snap, '').output).toBe('deployment "web" successfully rolled out');
    expect(runKubectl('kubectl get widgets', snap, '').output).toBe('error: the server doesn\'t have a resource type "widgets"');
  });
  it('completes verbs, resource types and names', () => {
    expect(complete('kubectl ro', snap)).toEqual(['rollout']);
    expect(complete('kubectl get dep', snap)).toEqual(['deployments']);
    expect(complete('kubectl describe node node-', snap)).toEqual(['node-1', 'node-2', 'node-3']);
  });
});
