/**
 * Job controller (pkg/controller/job/job_controller.go): keep min(parallelism, completions −
 * succeeded) pods active; count failures (failed pods, plus container restarts under OnFailure)
 * against backoffLimit (default 6) with the pod-recreation back-off 10 s × 2^(failures−1), max 6 min;
 * Complete when succeeded reaches completions; Failed on BackoffLimitExceeded or DeadlineExceeded
 * (activeDeadlineSeconds), deleting the active pods.
 */
import { deletePod } from '../cluster/pods';
import { nowUs, randomSuffix, recordEvent, requestReconcile, type ClusterState } from '../cluster/state';
import type { Job } from '../workload-types';
import { createFromTemplate, isActive, ownedPods } from './pod-factory';

function finish(s: ClusterState, job: Job, condition: 'Complete' | 'Failed', reason: string): void {
  job.status.condition = condition;
  job.status.reason = reason;
  for (const p of ownedPods(s, 'Job', job.meta.namespace, job.meta.name)) if (isActive(p)) deletePod(s, p, reason);
  recordEvent(s, condition === 'Complete' ? 'Normal' : 'Warning', condition === 'Complete' ? 'Completed' : reason, `job/${job.meta.name}`, condition === 'Complete' ? 'Job completed' : `Job has reached the specified ${reason === 'DeadlineExceeded' ? 'deadline' : 'backoff limit'}`);
}

export function syncJob(s: ClusterState, job: Job): void {
  if (job.status.condition) return;
  const t = nowUs(s);
  if (job.status.startUs === 0) job.status.startUs = t || 1;
  const pods = ownedPods(s, 'Job', job.meta.namespace, job.meta.name);
  const active = pods.filter(isActive);
  const succeeded = pods.filter((p) => p.status.phase === 'Succeeded').length;
  const restarts = job.template.spec.restartPolicy === 'OnFailure' ? pods.reduce((n, p) => n + p.status.containers.reduce((m, c) => m + c.restartCount, 0), 0) : 0;
  const failed = pods.filter((p) => p.status.phase === 'Failed').length + restarts;
  if (failed > job.status.failed) job.status.nextCreateUs = t + Math.min(10 * 2 ** (failed - 1), 360) * 1e6;
  job.status = { ...job.status, active: active.length, succeeded, failed };
  if (succeeded >= job.completions) return finish(s, job, 'Complete', 'Completed');
  if (failed > job.backoffLimit) return finish(s, job, 'Failed', 'BackoffLimitExceeded');
  if (job.activeDeadlineSec !== null) {
    const deadline = job.status.startUs + job.activeDeadlineSec * 1e6;
    if (t >= deadline) return finish(s, job, 'Failed', 'DeadlineExceeded');
    requestReconcile(s, deadline);
  }
  const want = Math.min(job.parallelism, job.completions - succeeded);
  if (active.length >= want) return;
  if (job.status.nextCreateUs > t) { requestReconcile(s, job.status.nextCreateUs); return; }
  for (let i = active.length; i < want; i++) createFromTemplate(s, job.template, job.meta.namespace, `${job.meta.name}-${randomSuffix(s)}`, 'Job', job.meta.name);
  job.status.active = want;
}
