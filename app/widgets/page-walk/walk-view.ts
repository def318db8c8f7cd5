/**
 * Pure helpers for the page-walk widget: the snapshot shape it reads (a local mirror of
 * docs/scenarios/paging.md), entry-bit toggling on hex strings, the address bit-field segments,
 * the 2-D grid layout of a nested walk, and table data for the reads.
 */
import type { TableData } from '../../charts/table-data';

export interface ReadView {
  dim: 'native' | 'guest' | 'host' | 'shadow';
  level: number;
  address: string;
  entry: string;
  gpa?: string;
  during?: string;
  software?: boolean;
  decoded: Record<string, boolean | number | string>;
}
export interface FaultView {
  kind: string; vector: string; level: number; dim: string; errorCode: number; errorBits: Record<string, boolean>;
  cr2?: string; gpa?: string; during?: string; exit: boolean; injected?: boolean; explanation: string;
}
export interface TableView { dim: string; level: number; base: string; selected: number; software: boolean; entries: Array<{ index: number; entry: string }> }
export interface LastView {
  va: string; access: string; user: boolean; canonical: boolean; offset: number;
  indices: Array<{ level: number; name: string; index: number; bits: string }>;
  ok: boolean; pa: string | null; gpa: string | null; pageSize: string | null; hostPageSize: string | null; tlb: string;
  references: number; guestReferences: number; hostReferences: number; softwareReads: number;
  reads: ReadView[]; fault: FaultView | null; vmExits: Array<{ reason: string; detail: string }>;
  shadowLeaf: { address: string; entry: string; decoded: Record<string, boolean | number | string> } | null;
  tables: TableView[];
}
export interface PagingView {
  mode: 'native' | 'nested' | 'shadow'; levels: number; hostLevels: number | null; hostFormat: string | null;
  cr3Root: string; pcid: number; vpid: number | null;
  last: LastView | null;
  lastOp: { do: string; exits: Array<{ reason: string; detail: string }> } | null;
  stats: { translations: number; tlbHitRate: number; references: number; refsPerTranslation: number; faults: number; vmExits: number; exitsByReason: Record<string, number> };
  shadow: { roots: number; tableFrames: number; writeProtectedGuestFrames: number } | null;
}

export interface BitDef { bit: number; name: string; title: string }
export const X86_BITS: BitDef[] = [
  { bit: 0, name: 'P', title: 'present' }, { bit: 1, name: 'RW', title: 'writable' }, { bit: 2, name: 'US', title: 'user' },
  { bit: 3, name: 'PWT', title: 'write-through' }, { bit: 4, name: 'PCD', title: 'cache disable' }, { bit: 5, name: 'A', title: 'accessed' },
  { bit: 6, name: 'D', title: 'dirty' }, { bit: 7, name: 'PS', title: 'page size (large leaf)' }, { bit: 8, name: 'G', title: 'global' },
  { bit: 63, name: 'XD', title: 'execute disable' },
];
export const EPT_BITS: BitDef[] = [
  { bit: 0, name: 'R', title: 'read' }, { bit: 1, name: 'W', title: 'write' }, { bit: 2, name: 'X', title: 'execute' },
  { bit: 6, name: 'IPAT', title: 'ignore PAT' }, { bit: 7, name: 'PS', title: 'page size' }, { bit: 8, name: 'A', title: 'accessed' }, { bit: 9, name: 'D', title: 'dirty' },
];

/** Flips one bit of a 64-bit hex entry; returns 16 hex digits with 0x. */
export function toggleBit(entry: string, bit: number): string {
  const v = BigInt(entry) ^ (1n << BigInt(bit));
  return `0x${v.toString(16).padStart(16, '0')}`;
}

export const bitIsSet = (entry: string, bit: number): boolean => ((BigInt(entry) >> BigInt(bit)) & 1n) === 1n;

export interface Segment { label: string; bits: string; value: string; colorIndex: number }

/** The linear address split for the bit-field view: sign extension, one index per level, offset. */
export function addressSegments(last: LastView, levels: number): Segment[] {
  const top = levels === 5 ? 56 : 47;
  const va = BigInt(last.va);
  const ext = va >> BigInt(top + 1);
  const segs: Segment[] = [{ label: 'sign ext.', bits: `63:${top + 1}`, value: `0x${ext.toString(16)}`, colorIndex: 7 }];
  last.indices.forEach((f, i) => segs.push({ label: f.name, bits: f.bits, value: `${f.index} (${f.index.toString(2).padStart(9, '0')})`, colorIndex: i }));
  segs.push({ label: 'offset', bits: '11:0', value: `0x${last.offset.toString(16)}`, colorIndex: 6 });
  return segs;
}

export interface GridCell { row: number; col: number; order: number; read: ReadView }

/**
 * Lays a nested walk out as Bhargava et al.'s grid: one row per host walk (gCR3's table, each guest
 * table, then the data gPA), host levels in columns (root first) and the guest entry read last.
 */
export function nestedGrid(reads: readonly ReadView[], hostLevels: number): { cells: GridCell[]; rows: string[]; cols: string[] } {
  const cells: GridCell[] = [];
  const rows: string[] = [];
  let row = -1, lastDuring = '';
  reads.forEach((read, order) => {
    if (read.dim === 'host') {
      if (read.during !== lastDuring || rows.length === 0) { row++; rows.push(read.during ?? ''); lastDuring = read.during ?? ''; }
      cells.push({ row, col: hostLevels - read.level, order, read });
    } else {
      cells.push({ row, col: hostLevels, order, read });
      lastDuring = '';
    }
  });
  const cols = [...Array.from({ length: hostLevels }, (_, i) => `host L${hostLevels - i}`), 'guest entry'];
  return { cells, rows, cols };
}

export function readsTable(reads: readonly ReadView[]): TableData {
  return {
    columns: [{ key: 'n', label: '#' }, { key: 'dim', label: 'dimension' }, { key: 'level', label: 'level' }, { key: 'address', label: 'address read' },
      { key: 'entry', label: 'entry' }, { key: 'gpa', label: 'gPA' }, { key: 'during', label: 'serving' }, { key: 'software', label: 'VMM software read' }],
    rows: reads.map((r, i) => [i + 1, r.dim, r.level, r.address, r.entry, r.gpa ?? '', r.during ?? '', r.software === true]),
  };
}

const ERROR_BITS = ['P', 'WR', 'US', 'RSVD', 'ID'] as const;
export function errorCodeText(f: FaultView): string {
  const on = ERROR_BITS.filter((b) => f.errorBits[b]);
  return `${f.errorCode} = 0b${f.errorCode.toString(2).padStart(5, '0')} (${on.length ? on.join(' | ') : 'no bits'})`;
}
