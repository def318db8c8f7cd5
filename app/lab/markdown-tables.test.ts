import { describe, expect, it } from 'vitest';
import { splitRow, splitTables } from './markdown-tables';

describe('splitTables()', () => {
  it('splits a pipe table out of markdown, with alignment', () => {
    const segs = splitTables('Intro\n\n| a | b |\n|:---|---:|\n| 1 | $x$ |\n| 2 | **y** |\n\nAfter');
    expect(segs).toEqual([
      { type: 'md', text: 'Intro\n' },
      { type: 'table', header: ['a', 'b'], align: ['left', 'right'], rows: [['1', '$x$'], ['2', '**y**']] },
      { type: 'md', text: '\nAfter' },
    ]);
  });

  it('leaves text without a delimiter row, and tables inside fenced code, alone', () => {
    expect(splitTables('| not | a table |\nplain')).toEqual([{ type: 'md', text: '| not | a table |\nplain' }]);
    const fenced = '```\n| a | b |\n|---|---|\n```';
    expect(splitTables(fenced)).toEqual([{ type: 'md', text: fenced }]);
  });

  it('keeps escaped pipes inside cells', () => {
    expect(splitRow('| a \\| b | c |')).toEqual(['a | b', 'c']);
  });
});
