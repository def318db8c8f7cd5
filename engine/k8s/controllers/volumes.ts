/**
 * PersistentVolume binding (pkg/controller/volume/persistentvolume, simplified): a Pending claim
 * binds to the smallest Available volume of the same storageClassName whose capacity covers the
 * request and whose access modes include the claim's. Claims created by StatefulSets are bound at
 * once by an assumed dynamic provisioner.
 * Simplification: no StorageClass objects, no WaitForFirstConsumer, no reclaim policy.
 */
import { objectsOfKind, requestReconcile, type ClusterState } from '../cluster/state';

export function syncVolumes(s: ClusterState): void {
  const volumes = objectsOfKind(s, 'PersistentVolume').filter((v) => v.data.phase === 'Available').sort((a, b) => (a.data.storageBytes ?? 0) - (b.data.storageBytes ?? 0));
  for (const claim of objectsOfKind(s, 'PersistentVolumeClaim')) {
    if (claim.data.phase !== 'Pending') continue;
    const pv = volumes.find((v) => v.data.phase === 'Available' && (v.data.storageClassName ?? '') === (claim.data.storageClassName ?? '')
      && (v.data.storageBytes ?? 0) >= (claim.data.storageBytes ?? 0) && (claim.data.accessModes ?? []).every((m) => (v.data.accessModes ?? []).includes(m)));
    if (!pv) continue;
    pv.data.phase = 'Bound';
    pv.data.boundTo = `${claim.meta.namespace}/${claim.meta.name}`;
    claim.data.phase = 'Bound';
    claim.data.boundTo = pv.meta.name;
    requestReconcile(s);
  }
}
