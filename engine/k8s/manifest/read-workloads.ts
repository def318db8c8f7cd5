/**
 * Readers for apps/v1 Deployment, ReplicaSet, DaemonSet, StatefulSet and batch/v1 Job, with the
 * API defaults (pkg/apis/apps/v1/defaults.go, pkg/apis/batch/v1/defaults.go): replicas 1,
 * RollingUpdate 25 %/25 %, revisionHistoryLimit 10, progressDeadlineSeconds 600; Job completions 1,
 * parallelism 1, backoffLimit 6.
 */
import type { DaemonSet, Deployment, Job, ReplicaSet, StatefulSet } from '../workload-types';
import { at, bool, fail, int, list, obj, oneOf, present, quantity, str, type Cursor } from './cursor';
import { readMeta, readTemplate, readWorkloadSelector } from './read-meta';

const zeroStatus = { replicas: 0, ready: 0, available: 0 };

function intOrPercent(c: Cursor, fallback: string): string | number {
  if (!present(c)) return fallback;
  if (typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 0) return c.value;
  if (typeof c.value === 'string' && /^[0-9]+%$/.test(c.value)) return c.value;
  return fail(c, `must be a non-negative integer or a percentage like "25%", got ${JSON.stringify(c.value)}`);
}

export function readDeployment(root: Cursor): Deployment {
  const meta = readMeta(root, true);
  const spec = at(root, 'spec');
  const template = readTemplate(at(spec, 'template'), ['Always']);
  const strategy = at(spec, 'strategy');
  const type = oneOf(at(strategy, 'type'), ['RollingUpdate', 'Recreate'] as const, 'RollingUpdate');
  const ru = at(strategy, 'rollingUpdate');
  if (type === 'Recreate' && present(ru)) fail(ru, 'may not be specified when strategy type is Recreate');
  return {
    kind: 'Deployment', meta, template, selector: readWorkloadSelector(spec, template), replicas: int(at(spec, 'replicas'), 1, 0),
    strategy: type, rolling: { maxSurge: intOrPercent(at(ru, 'maxSurge'), '25%'), maxUnavailable: intOrPercent(at(ru, 'maxUnavailable'), '25%') },
    minReadySec: int(at(spec, 'minReadySeconds'), 0, 0), revisionHistoryLimit: int(at(spec, 'revisionHistoryLimit'), 10, 0),
    progressDeadlineSec: int(at(spec, 'progressDeadlineSeconds'), 600, 1), paused: bool(at(spec, 'paused'), false),
    collisionCount: 0,
    status: { replicas: 0, updated: 0, ready: 0, available: 0, unavailable: 0, progressing: 'True', progressReason: 'NewReplicaSetCreated', lastProgressUs: 0, complete: false },
  };
}

export function readReplicaSet(root: Cursor): ReplicaSet {
  const meta = readMeta(root, true);
  const spec = at(root, 'spec');
  const template = readTemplate(at(spec, 'template'), ['Always']);
  return {
    kind: 'ReplicaSet', meta, template, selector: readWorkloadSelector(spec, template), replicas: int(at(spec, 'replicas'), 1, 0),
    minReadySec: int(at(spec, 'minReadySeconds'), 0, 0), revision: 0, templateHash: '', status: { ...zeroStatus },
  };
}

export function readDaemonSet(root: Cursor): DaemonSet {
  const meta = readMeta(root, true);
  const spec = at(root, 'spec');
  const template = readTemplate(at(spec, 'template'), ['Always']);
  return { kind: 'DaemonSet', meta, template, selector: readWorkloadSelector(spec, template), status: { desired: 0, current: 0, ready: 0 } };
}

export function readStatefulSet(root: Cursor): StatefulSet {
  const meta = readMeta(root, true);
  const spec = at(root, 'spec');
  const template = readTemplate(at(spec, 'template'), ['Always']);
  const claimTemplates = list(at(spec, 'volumeClaimTemplates')).map((t) => {
    const ts = at(t, 'spec');
    const storage = at(at(at(ts, 'resources'), 'requests'), 'storage');
    if (!present(storage)) fail(storage, 'is required');
    return {
      name: str(at(at(t, 'metadata'), 'name')), storageBytes: quantity(storage, 'storage'),
      accessModes: list(at(ts, 'accessModes')).map((m) => str(m)), storageClassName: str(at(ts, 'storageClassName'), ''),
    };
  });
  return {
    kind: 'StatefulSet', meta, template, selector: readWorkloadSelector(spec, template), replicas: int(at(spec, 'replicas'), 1, 0),
    serviceName: str(at(spec, 'serviceName'), ''), podManagementPolicy: oneOf(at(spec, 'podManagementPolicy'), ['OrderedReady', 'Parallel'] as const, 'OrderedReady'),
    claimTemplates, status: { replicas: 0, ready: 0 },
  };
}

export function readJob(root: Cursor): Job {
  const meta = readMeta(root, true);
  const spec = at(root, 'spec');
  const tc = at(spec, 'template');
  if (obj(tc) && !present(at(at(tc, 'spec'), 'restartPolicy'))) fail(at(tc, 'spec'), 'restartPolicy is required for a Job (OnFailure or Never)');
  const template = readTemplate(tc, ['OnFailure', 'Never']);
  const ad = at(spec, 'activeDeadlineSeconds');
  const selector = { matchLabels: { 'batch.kubernetes.io/job-name': meta.name }, matchExpressions: [] };
  template.labels = { ...template.labels, 'batch.kubernetes.io/job-name': meta.name };
  return {
    kind: 'Job', meta, template, selector, completions: int(at(spec, 'completions'), 1, 1), parallelism: int(at(spec, 'parallelism'), 1, 0),
    backoffLimit: int(at(spec, 'backoffLimit'), 6, 0), activeDeadlineSec: present(ad) ? int(ad, 0, 1) : null,
    status: { active: 0, succeeded: 0, failed: 0, condition: '', reason: '', nextCreateUs: 0, startUs: 0 },
  };
}
