/**
 * Shadow paging as KVM's shadow MMU does it (refs §A7): hidden faults fill the shadow tables, true
 * faults are injected, guest page-table pages are write-protected, MOV CR3 and INVLPG exit, and the
 * dirty-bit trick maps clean pages read-only. Reference counts are hand-derived: an empty shadow root
 * faults after 1 read (its PML4E is not present), the VMM's guest walk is software (not counted),
 * and the retry is a native 4-read walk.
 */
import { describe, expect, it } from 'vitest';
import { lastOf, runPaging, tr, VA } from './test-helpers';

const shadow = (extra: Record<string, unknown> = {}) => ({
  mode: 'shadow', cr3: '0x1000', mappings: [{ va: '0x0000008080604000', pa: '0x1234000', pages: 2 }], ...extra,
});

describe('shadow paging', () => {
  it('the first touch is a hidden fault: 1 VM exit, 1 + 4 hardware reads, 4 software guest reads, nothing seen by the guest', () => {
    const last = lastOf(runPaging(shadow(), [tr(VA)]));
    expect(last.ok).toBe(true);
    expect(last.fault).toBeNull();
    expect(last.vmExits.map((e) => e.reason)).toEqual(['shadow-page-fault']);
    expect(last.references).toBe(5);
    expect(last.reads.filter((r) => r.software).length).toBe(4);
    expect(last.gpa).toBe('0x1234abc');
    expect(last.pa).toBe('0x101234abc');
  });

  it('after the fill a TLB miss costs a native 4-read walk and no exit', () => {
    const s = runPaging(shadow({ tlb: { enabled: false } }), [tr(VA), tr(VA)]);
    expect(lastOf(s).references).toBe(4);
    expect(lastOf(s).vmExits).toEqual([]);
    expect(lastOf(s).reads.every((r) => r.dim === 'shadow')).toBe(true);
  });

  it('the dirty-bit trick: a read maps the clean page read-only; the first write exits, sets guest D, makes the shadow leaf writable', () => {
    const s1 = runPaging(shadow(), [tr(VA)]);
    expect(lastOf(s1).shadowLeaf!.decoded.RW).toBe(false);
    const s2 = runPaging(shadow(), [tr(VA), tr(VA, 'write')]);
    const last = lastOf(s2);
    expect(last.ok).toBe(true);
    expect(last.vmExits.map((e) => e.reason)).toEqual(['shadow-page-fault']);
    expect(last.shadowLeaf!.decoded).toMatchObject({ RW: true, D: true, US: true });
    // Guest PTE at gPA 0x4020 now has A and D: 0x1234000 | D | A | U | W | P = 0x…1234067.
    const guestPte = last.reads.find((r) => r.software && r.level === 1)!;
    expect(guestPte.gpa).toBe('0x4020');
  });

  it('the shadow leaf takes U/S and XD from the guest walk', () => {
    const p = shadow({ mappings: [{ va: '0x0000008080604000', pa: '0x1234000', user: false, nx: true }] });
    expect(lastOf(runPaging(p, [tr(VA)])).shadowLeaf!.decoded).toMatchObject({ US: false, XD: true, RW: false });
  });

  it('a true guest fault is injected: the guest-view error code (user write to read-only = 7), one exit', () => {
    const p = shadow({ mappings: [{ va: '0x0000008080604000', pa: '0x1234000', writable: false }] });
    const last = lastOf(runPaging(p, [tr(VA, 'write', true)]));
    expect(last.fault).toMatchObject({ kind: 'write-protect', errorCode: 7, injected: true, exit: true, dim: 'guest' });
    expect(last.vmExits.map((e) => e.reason)).toEqual(['inject-page-fault']);
  });

  it('an unmapped address is a true not-present fault, injected', () => {
    expect(lastOf(runPaging(shadow(), [tr('0x0000008080606000')])).fault).toMatchObject({ kind: 'not-present', level: 1, injected: true });
  });

  it('MOV CR3 and INVLPG are VM exits in shadow mode but not in nested mode', () => {
    const cmds = [tr(VA), { do: 'setCr3', cr3: '0x1000' }, { do: 'invlpg', va: VA }];
    const sh = runPaging(shadow(), cmds);
    expect((sh.stats as { exitsByReason: Record<string, number> }).exitsByReason).toEqual({ 'shadow-page-fault': 1, 'mov-cr3': 1, invlpg: 1 });
    const ne = runPaging({ ...shadow(), mode: 'nested' }, cmds);
    expect((ne.stats as { vmExits: number }).vmExits).toBe(0);
  });

  it('a guest write to its own page-table entry traps (write-protected), and the next access refills the shadow', () => {
    // Remap the page to the second frame (0x1235000, which the EPT-like memslot map already backs).
    const cmds = [tr(VA), { do: 'writeEntry', address: '0x4020', entry: '0x0000000001235007' }, tr(VA)];
    const s = runPaging(shadow(), cmds);
    expect((s.stats as { exitsByReason: Record<string, number> }).exitsByReason).toEqual({ 'shadow-page-fault': 2, 'pt-write': 1 });
    expect(lastOf(s).pa).toBe('0x101235abc');
  });

  it('without the trap the shadow would be stale: in native mode the TLB keeps the old translation until INVLPG', () => {
    const cmds = [tr(VA), { do: 'writeEntry', address: '0x4020', entry: '0x0000000001236007' }, tr(VA)];
    const p = { cr3: '0x1000', mappings: [{ va: '0x0000008080604000', pa: '0x1234000' }] };
    expect(lastOf(runPaging(p, cmds)).pa).toBe('0x1234abc');
    expect(lastOf(runPaging(p, [...cmds.slice(0, 2), { do: 'invlpg', va: VA }, tr(VA)])).pa).toBe('0x1236abc');
  });

  it('a guest data write into one of its own page-table pages is emulated by the VMM', () => {
    const p = shadow({ mappings: [{ va: '0x0000008080604000', pa: '0x1234000' }, { va: '0x0000008080605000', pa: '0x4000' }] });
    const last = lastOf(runPaging(p, [tr(VA), tr('0x0000008080605020', 'write')]));
    expect(last.ok).toBe(true);
    expect(last.vmExits.map((e) => e.reason)).toEqual(['pt-write']);
  });
});
