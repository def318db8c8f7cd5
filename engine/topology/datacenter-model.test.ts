import { describe, expect, it } from 'vitest';
import { replay } from '../replay';
import { DATACENTER_EXAMPLE } from './datacenter-example';

type Snap = { downHosts: number; downSwitches: number; unpoweredRacks: number[]; selected: { pathCount: number }; bisectionGbps: number; reachablePairsPct: number; facility: { site: number; tier: string | null } };

describe('datacenter scenario kind', () => {
  it('is deterministic: the same scenario twice gives identical snapshot JSON', () => {
    expect(JSON.stringify(replay(DATACENTER_EXAMPLE).snapshot())).toBe(JSON.stringify(replay(DATACENTER_EXAMPLE).snapshot()));
  });

  it('replaying to t equals advancing past t and seeking back', () => {
    const past = replay(DATACENTER_EXAMPLE, 3);
    expect(JSON.stringify(replay(past.scenario, 1.5).snapshot())).toBe(JSON.stringify(replay(DATACENTER_EXAMPLE, 1.5).snapshot()));
  });

  it('a failed core switch leaves 3 of 4 paths; a failed single-feed PDU takes down its 2 racks (4 hosts, 2 edge switches)', () => {
    const afterCore = replay(DATACENTER_EXAMPLE, 1.5).snapshot() as unknown as Snap;
    expect(afterCore.selected.pathCount).toBe(3);
    expect(afterCore.bisectionGbps).toBeCloseTo(6, 6);
    const afterPdu = replay(DATACENTER_EXAMPLE, 3).snapshot() as unknown as Snap;
    expect(afterPdu.unpoweredRacks).toEqual([2, 3]);
    expect(afterPdu.downHosts).toBe(4);
    expect(afterPdu.downSwitches).toBe(3);
  });

  it('dual A/B feeds ride through the same PDU failure', () => {
    const s = replay({ ...DATACENTER_EXAMPLE, params: { ...DATACENTER_EXAMPLE.params, pduFeeds: 2 } }).snapshot() as unknown as Snap;
    expect(s.downHosts).toBe(0);
    expect(s.facility.site).toBeGreaterThan(0.99);
  });

  it('names the path of a bad target and an odd k', () => {
    expect(() => replay({ ...DATACENTER_EXAMPLE, commands: [{ at: 1, do: 'fail', target: 'core-99' }] })).toThrow(/commands\[0\]\.target/);
    expect(() => replay({ ...DATACENTER_EXAMPLE, params: { topology: { type: 'fat-tree', k: 5 } } })).toThrow(/params\.topology\.k/);
  });
});
