/**
 * GitHub-style pipe tables for lab markdown. remark-gfm is not a dependency, so tables are split
 * out of the text before markdown parsing and rendered by MarkdownTable (each cell is markdown
 * again, so **bold** and $math$ work in cells). A table is a header row, a delimiter row
 * (`|---|:--:|`) and body rows, each starting with `|`, outside fenced code.
 */
export type Align = 'left' | 'center' | 'right' | null;

export type MdSegment = { type: 'md'; text: string } | { type: 'table'; header: string[]; align: Align[]; rows: string[][] };

const DELIMITER = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === '\\' && inner[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

function alignOf(cell: string): Align {
  const c = cell.trim();
  if (c.startsWith(':') && c.endsWith(':')) return 'center';
  if (c.endsWith(':')) return 'right';
  if (c.startsWith(':')) return 'left';
  return null;
}

export function splitTables(text: string): MdSegment[] {
  const lines = text.split('\n');
  const out: MdSegment[] = [];
  let buffer: string[] = [];
  let fenced = false;
  const flush = () => {
    if (buffer.length) out.push({ type: 'md', text: buffer.join('\n') });
    buffer = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const next = lines[i + 1];
    if (!fenced && line.trim().startsWith('|') && next !== undefined && DELIMITER.test(next.trim())) {
      const header = splitRow(line);
      const align = splitRow(next).map(alignOf);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(splitRow(lines[i++]!));
      i--;
      flush();
      out.push({ type: 'table', header, align, rows });
    } else buffer.push(line);
  }
  flush();
  return out;
}
