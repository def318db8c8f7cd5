/**
 * Reader for core/v1 PodSpec and Container. What the simulation reads: images, resources,
 * ports, probes (timing fields; the handler's outcome comes from the image behaviour model),
 * scheduling fields, restart policy, PVC volumes. Everything else (command, env, volumeMounts,
 * securityContext …) is left unread and so reported as "not simulated".
 */
import { defaultPullPolicy, emptyPodSpec } from '../defaults';
import type { Container, PodSpec, Probe } from '../types';
import { at, fail, int, list, obj, oneOf, present, resourceList, str, stringMap, whole, type Cursor } from './cursor';
import { readAffinity, readSpread, readToleration } from './read-selectors';

const HANDLERS = ['httpGet', 'exec', 'tcpSocket', 'grpc'];

function readProbe(c: Cursor): Probe | null {
  if (!obj(c)) return null;
  for (const h of HANDLERS) if (present(at(c, h))) whole(at(c, h));
  at(c, 'timeoutSeconds');
  return {
    initialDelaySec: int(at(c, 'initialDelaySeconds'), 0, 0),
    periodSec: int(at(c, 'periodSeconds'), 10, 1),
    failureThreshold: int(at(c, 'failureThreshold'), 3, 1),
    successThreshold: int(at(c, 'successThreshold'), 1, 1),
  };
}

export function readContainer(c: Cursor, init: boolean): Container {
  const image = str(at(c, 'image'));
  const res = at(c, 'resources');
  const limits = resourceList(at(res, 'limits'));
  const explicit = resourceList(at(res, 'requests'));
  // API defaulting: a limit without a request sets the request to the limit.
  const requests = { ...limits, ...explicit };
  const restart = at(c, 'restartPolicy');
  if (present(restart) && !init) fail(restart, 'is only allowed on init containers (sidecars)');
  return {
    name: str(at(c, 'name')),
    image,
    requests,
    limits,
    ports: list(at(c, 'ports')).map((p) => {
      at(p, 'name');
      return { containerPort: int(at(p, 'containerPort'), 0, 1, 65535), hostPort: int(at(p, 'hostPort'), 0, 0, 65535), protocol: oneOf(at(p, 'protocol'), ['TCP', 'UDP', 'SCTP'] as const, 'TCP'), hostIP: str(at(p, 'hostIP'), '') };
    }),
    readinessProbe: readProbe(at(c, 'readinessProbe')),
    livenessProbe: readProbe(at(c, 'livenessProbe')),
    startupProbe: readProbe(at(c, 'startupProbe')),
    restartPolicy: present(restart) ? oneOf(restart, ['Always'] as const, 'Always') : null,
    imagePullPolicy: oneOf(at(c, 'imagePullPolicy'), ['Always', 'IfNotPresent', 'Never'] as const, defaultPullPolicy(image)),
  };
}

function readVolumes(c: Cursor): string[] {
  const claims: string[] = [];
  for (const v of list(c)) {
    str(at(v, 'name'));
    const pvc = at(v, 'persistentVolumeClaim');
    if (obj(pvc)) claims.push(str(at(pvc, 'claimName')));
  }
  return claims;
}

export function readPodSpec(c: Cursor, restartPolicies: ReadonlyArray<PodSpec['restartPolicy']> = ['Always', 'OnFailure', 'Never']): PodSpec {
  if (!obj(c)) fail(c, 'is required');
  const spec = emptyPodSpec();
  const containers = at(c, 'containers');
  spec.containers = list(containers).map((x) => readContainer(x, false));
  if (spec.containers.length === 0) fail(containers, 'must list at least one container');
  spec.initContainers = list(at(c, 'initContainers')).map((x) => readContainer(x, true));
  spec.overhead = resourceList(at(c, 'overhead'));
  spec.nodeName = str(at(c, 'nodeName'), '');
  spec.nodeSelector = stringMap(at(c, 'nodeSelector'));
  spec.affinity = readAffinity(at(c, 'affinity'));
  spec.tolerations = list(at(c, 'tolerations')).map(readToleration);
  spec.topologySpreadConstraints = list(at(c, 'topologySpreadConstraints')).map(readSpread);
  const rp = at(c, 'restartPolicy');
  spec.restartPolicy = oneOf(rp, ['Always', 'OnFailure', 'Never'] as const, restartPolicies[0]!);
  if (!restartPolicies.includes(spec.restartPolicy)) fail(rp, `must be ${restartPolicies.join(' or ')} here, got "${spec.restartPolicy}"`);
  spec.priority = int(at(c, 'priority'), 0);
  spec.terminationGracePeriodSec = int(at(c, 'terminationGracePeriodSeconds'), 30, 0);
  spec.claimNames = readVolumes(at(c, 'volumes'));
  return spec;
}
