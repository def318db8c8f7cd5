/**
 * HostDynamicWorkload.updateVmsProcessing (refs/cloudsim-consolidation.md §B7): recompute every
 * VM's CPU share on a host and record the VM and host state-history entries the SLA metrics use.
 *  - a VM migrating in is not recorded here and is charged to the host at 0.1 × its request;
 *  - a VM migrating out is recorded (flagged in migration) and charged at its share ÷ 0.9;
 *  - host "requested" is the plain sum of every VM's request, incoming VMs at full demand.
 * Units: MIPS, seconds.
 */
import { reallocate, type Host, type Vm } from './datacenter-state';
import { addHostEntry, addVmEntry } from './sla-metrics';

const isIdleEntry = (host: Host): boolean => host.metrics.pending && !host.metrics.active && host.metrics.req === 0;

export function updateHost(host: Host, vms: readonly Vm[], tSec: number): void {
  // An empty host that was already off writes an identical inactive entry: skipping it changes
  // no metric (inactive time counts nothing) and saves most of the work on a consolidated fleet.
  if (host.vms.length === 0 && host.utilMips === 0 && host.prevUtilMips === 0 && isIdleEntry(host)) return;
  host.prevUtilMips = host.utilMips;
  reallocate(host, vms);
  let used = 0;
  let requested = 0;
  host.hasFinishedVm = false;
  for (let i = 0; i < host.vms.length; i++) {
    const vm = vms[host.vms[i]!]!;
    let alloc = host.allocs[i]!;
    if (!vm.inMigration && vm.reqMips === 0) host.hasFinishedVm = true;
    if (!host.incoming[i]) {
      addVmEntry(vm.metrics, tSec, alloc, vm.reqMips, vm.inMigration);
      if (vm.inMigration) alloc /= 0.9;
    }
    used += alloc;
    requested += vm.reqMips;
  }
  host.utilMips = used;
  addHostEntry(host.metrics, tSec, used, requested, used > 0);
}
