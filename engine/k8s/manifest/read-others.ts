/**
 * Readers for Service, Node and the configuration/storage kinds (ConfigMap, Secret, Namespace,
 * ResourceQuota, LimitRange, PersistentVolume, PersistentVolumeClaim). ConfigMap and Secret data
 * are stored as key lists only: the simulation does not run programs that would read them.
 */
import { makeNode } from '../defaults';
import type { Node, ResourceList, TaintEffect } from '../types';
import type { Service, SimpleObject } from '../workload-types';
import { at, bool, int, list, obj, oneOf, present, quantity, resourceList, str, stringMap, whole, type Cursor } from './cursor';
import { readMeta } from './read-meta';

export function readService(root: Cursor): Service {
  const meta = readMeta(root, true);
  const spec = at(root, 'spec');
  const type = oneOf(at(spec, 'type'), ['ClusterIP', 'NodePort', 'LoadBalancer'] as const, 'ClusterIP');
  const sel = at(spec, 'selector');
  const ports = list(at(spec, 'ports')).map((p) => {
    const port = int(at(p, 'port'), 0, 1, 65535);
    const tp = at(p, 'targetPort');
    return {
      name: str(at(p, 'name'), ''), port, protocol: oneOf(at(p, 'protocol'), ['TCP', 'UDP', 'SCTP'] as const, 'TCP'),
      targetPort: present(tp) ? (typeof tp.value === 'number' ? int(tp, port, 1, 65535) : str(tp)) : port,
      nodePort: type === 'ClusterIP' ? 0 : int(at(p, 'nodePort'), 0, 30000, 32767),
    };
  });
  return {
    kind: 'Service', meta, type, clusterIP: str(at(spec, 'clusterIP'), ''), selector: obj(sel) ? stringMap(sel) : null,
    ports, publishNotReadyAddresses: bool(at(spec, 'publishNotReadyAddresses'), false), endpoints: [],
  };
}

export function readNodeManifest(root: Cursor): Node {
  const meta = readMeta(root, false);
  const status = at(root, 'status');
  const capacity = resourceList(at(status, 'capacity'));
  const alloc = present(at(status, 'allocatable')) ? resourceList(at(status, 'allocatable')) : capacity;
  const node = makeNode(meta.name, { cpu: 4000, memory: 8 * 2 ** 30, ...alloc });
  node.capacity = { ...node.allocatable, ...capacity };
  node.meta.labels = { ...node.meta.labels, ...meta.labels };
  node.meta.annotations = meta.annotations;
  const spec = at(root, 'spec');
  node.unschedulable = bool(at(spec, 'unschedulable'), false);
  node.taints = list(at(spec, 'taints')).map((t) => ({
    key: str(at(t, 'key')), value: str(at(t, 'value'), ''), effect: oneOf(at(t, 'effect'), ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const, 'NoSchedule') as TaintEffect,
  }));
  return node;
}

/** "requests.cpu" → cpu quantity; "pods" → count; "limits.memory" → bytes. */
function quotaList(c: Cursor): ResourceList {
  const o = obj(c);
  const out: ResourceList = {};
  for (const key of Object.keys(o ?? {})) out[key] = quantity(at(c, key), key.split('.').pop()!);
  return out;
}

export function readSimple(root: Cursor, kind: SimpleObject['kind']): SimpleObject {
  const meta = readMeta(root, kind !== 'Namespace' && kind !== 'PersistentVolume');
  const spec = at(root, 'spec');
  const o: SimpleObject = { kind, meta, data: {} };
  if (kind === 'ConfigMap' || kind === 'Secret') {
    const keys = new Set<string>();
    for (const field of ['data', 'binaryData', 'stringData']) for (const k of Object.keys(obj(whole(at(root, field))) ?? {})) keys.add(k);
    if (kind === 'Secret') str(at(root, 'type'), 'Opaque');
    o.data.keys = [...keys].sort();
  } else if (kind === 'ResourceQuota') {
    o.data.hard = quotaList(at(spec, 'hard'));
  } else if (kind === 'LimitRange') {
    for (const l of list(at(spec, 'limits'))) {
      if (oneOf(at(l, 'type'), ['Container', 'Pod', 'PersistentVolumeClaim'] as const, 'Container') !== 'Container') continue;
      o.data.defaultLimit = resourceList(at(l, 'default'));
      o.data.defaultRequest = resourceList(at(l, 'defaultRequest'));
    }
  } else if (kind === 'PersistentVolume' || kind === 'PersistentVolumeClaim') {
    const storage = kind === 'PersistentVolume' ? at(at(spec, 'capacity'), 'storage') : at(at(at(spec, 'resources'), 'requests'), 'storage');
    o.data.storageBytes = present(storage) ? quantity(storage, 'storage') : 0;
    o.data.accessModes = list(at(spec, 'accessModes')).map((m) => str(m));
    o.data.storageClassName = str(at(spec, 'storageClassName'), '');
    o.data.phase = kind === 'PersistentVolume' ? 'Available' : 'Pending';
  }
  return o;
}
