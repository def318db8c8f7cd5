/**
 * Every fault kind, made on purpose, with its #PF error code derived bit by bit (SDM Vol. 3A §4.7:
 * bit 0 P, 1 W/R, 2 U/S, 3 RSVD, 4 I/D) and the level where the walk stopped. Tables as in
 * native-walk.test.ts: PML4E 0x1008 → PDPTE 0x2010 → PDE 0x3018 → PTE 0x4020.
 */
import { describe, expect, it } from 'vitest';
import { lastOf, runPaging, tr, VA } from './test-helpers';

const image = (pte: string, pde = '0x4007', pml4e = '0x2007'): Record<string, string> => ({ '0x1008': pml4e, '0x2010': '0x3007', '0x3018': pde, '0x4020': pte });
const one = (params: Record<string, unknown>, cmd = tr(VA)) => lastOf(runPaging({ cr3: '0x1000', ...params }, [cmd]));

describe('page faults and their error codes', () => {
  it('not-present at the PDPT: 2 reads, level 3; user read → error code 0b00100 = 4, CR2 = VA', () => {
    const f = one({ memory: { '0x1008': '0x2007' } }, tr(VA, 'read', true));
    expect(f.references).toBe(2);
    expect(f.fault).toMatchObject({ kind: 'not-present', level: 3, errorCode: 4, vector: '#PF', cr2: VA });
  });

  it('not-present, supervisor write → error code 0b00010 = 2', () => {
    expect(one({ memory: {} }, tr(VA, 'write')).fault).toMatchObject({ kind: 'not-present', level: 4, errorCode: 2 });
  });

  it('XD set while EFER.NXE = 0 is a reserved bit: RSVD|P = 0b01001 = 9 at the PDE after 3 reads', () => {
    const f = one({ memory: image('0x1234007', '0x8000000000004007'), eferNXE: false });
    expect(f.references).toBe(3);
    expect(f.fault).toMatchObject({ kind: 'reserved-bit', level: 2, errorCode: 9 });
  });

  it('PS = 1 in a PML4E is reserved: fault at level 4 after 1 read', () => {
    const f = one({ memory: image('0x1234007', '0x4007', '0x2087') });
    expect(f.references).toBe(1);
    expect(f.fault).toMatchObject({ kind: 'reserved-bit', level: 4, errorCode: 9 });
  });

  it('a 2 MiB leaf with bit 13 set violates its alignment (bits 20:13 reserved)', () => {
    expect(one({ memory: image('0x0', '0x40002087') }).fault).toMatchObject({ kind: 'reserved-bit', level: 2 });
  });

  it('address bits above MAXPHYADDR = 40 are reserved', () => {
    expect(one({ memory: image('0x0000200001234007'), maxPhyAddr: 40 }).fault).toMatchObject({ kind: 'reserved-bit', level: 1, errorCode: 9 });
  });

  it('user write to a read-only page: P|W|U = 0b00111 = 7 at the PTE after the full walk', () => {
    const f = one({ memory: image('0x1234005') }, tr(VA, 'write', true));
    expect(f.references).toBe(4);
    expect(f.fault).toMatchObject({ kind: 'write-protect', level: 1, errorCode: 7 });
  });

  it('supervisor write to a read-only page faults (0b011 = 3) only when CR0.WP = 1', () => {
    expect(one({ memory: image('0x1234005') }, tr(VA, 'write')).fault).toMatchObject({ kind: 'write-protect', errorCode: 3 });
    expect(one({ memory: image('0x1234005'), cr0WP: false }, tr(VA, 'write')).ok).toBe(true);
  });

  it('R/W is the AND over levels: a read-only PDE makes a writable PTE read-only', () => {
    expect(one({ memory: image('0x1234007', '0x4005') }, tr(VA, 'write', true)).fault).toMatchObject({ kind: 'write-protect', errorCode: 7 });
  });

  it('user read of a page whose PDE has U/S = 0: P|U = 0b00101 = 5', () => {
    expect(one({ memory: image('0x1234007', '0x4003') }, tr(VA, 'read', true)).fault).toMatchObject({ kind: 'user-supervisor', errorCode: 5 });
  });

  it('fetch from an XD page (NXE = 1): user → P|U|I/D = 0b10101 = 21; supervisor → 0b10001 = 17', () => {
    const mem = image('0x8000000001234007');
    expect(one({ memory: mem }, tr(VA, 'exec', true)).fault).toMatchObject({ kind: 'execute-disable', errorCode: 21 });
    expect(one({ memory: mem }, tr(VA, 'exec')).fault).toMatchObject({ kind: 'execute-disable', errorCode: 17 });
  });

  it('XD is the OR over levels: XD in the PDE forbids fetches from every page below it', () => {
    expect(one({ memory: image('0x1234007', '0x8000000000004007') }, tr(VA, 'exec', true)).fault).toMatchObject({ kind: 'execute-disable' });
  });

  it('SMEP: a supervisor fetch from a user page faults with P|I/D = 17; without SMEP it succeeds', () => {
    expect(one({ memory: image('0x1234007'), cr4: { smep: true } }, tr(VA, 'exec')).fault).toMatchObject({ kind: 'smep', errorCode: 17 });
    expect(one({ memory: image('0x1234007') }, tr(VA, 'exec')).ok).toBe(true);
  });

  it('SMAP: a supervisor read of a user page faults (P = 1), a write gives 3, and EFLAGS.AC = 1 allows it', () => {
    const p = { memory: image('0x1234007'), cr4: { smap: true } };
    expect(one(p, tr(VA)).fault).toMatchObject({ kind: 'smap', errorCode: 1 });
    expect(one(p, tr(VA, 'write')).fault).toMatchObject({ kind: 'smap', errorCode: 3 });
    expect(one(p, tr(VA, 'read', false, { ac: true })).ok).toBe(true);
  });

  it('a faulting walk leaves the A bits alone (Simplification documented in x86-walk.ts)', () => {
    const s = runPaging({ cr3: '0x1000', memory: image('0x1234005') }, [tr(VA, 'write', true)]);
    const tables = (s.last as { tables: Array<{ entries: Array<{ entry: string }> }> }).tables;
    expect(tables[0]!.entries[0]!.entry).toBe('0x0000000000002007');
  });

  it('setControl can turn NXE off mid-scenario: the XD bit then becomes reserved', () => {
    const s = runPaging({ cr3: '0x1000', memory: image('0x8000000001234007'), tlb: { enabled: false } }, [tr(VA), { do: 'setControl', eferNXE: false }, tr(VA)]);
    expect(lastOf(s).fault).toMatchObject({ kind: 'reserved-bit', level: 1 });
  });
});
