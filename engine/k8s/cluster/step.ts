/**
 * The event handler: routes each queued simulation event to the kubelet, the node lifecycle
 * controller, the metrics pipeline, the HPA controller, the taint manager or a reconcile pass.
 * Kubelet timers carry the pod's generation; a timer from before a restart or node failure is stale
 * and ignored.
 */
import { syncHpa } from '../controllers/hpa-controller';
import { scrapeMetrics } from '../controllers/metrics';
import { handleEviction, monitorNodes } from '../controllers/node-lifecycle';
import { handleKubeletStep } from '../kubelet/kubelet';
import { runProbe } from '../kubelet/probes';
import { removePod } from './pods';
import { reconcile } from './reconcile';
import { nowUs, objectsOfKind, requestReconcile, type ClusterState, type SimEvent } from './state';

function onKubelet(s: ClusterState, e: Extract<SimEvent, { type: 'kubelet' }>): void {
  const pod = s.podsByUid.get(e.podUid);
  if (!pod || pod.status.gen !== e.gen) return;
  const node = s.nodes.get(pod.spec.nodeName);
  if (!node || !node.up) return;
  if (e.step === 'terminated') { removePod(s, pod); return; }
  if (pod.meta.deletionUs !== null) return;
  handleKubeletStep(s, pod, e.step, e.container, (kind) => runProbe(s, pod, e.container, kind));
  requestReconcile(s);
}

export function handleEvent(s: ClusterState, e: SimEvent): void {
  switch (e.type) {
    case 'reconcile': s.futureReconciles.delete(nowUs(s)); reconcile(s); break;
    case 'kubelet': onKubelet(s, e); break;
    case 'nodeMonitor': monitorNodes(s); break;
    case 'evict': handleEviction(s, e.podUid, e.node); break;
    case 'metrics': scrapeMetrics(s); break;
    case 'hpaSync':
      for (const h of objectsOfKind(s, 'HorizontalPodAutoscaler')) syncHpa(s, h);
      s.queue.schedule(nowUs(s) + s.config.hpa.syncPeriodSec * 1e6, { type: 'hpaSync' }, 6);
      break;
    case 'sample': break;
  }
}
