// Every lab shipped in labs/ is valid, lint-clean, and passes its headless task tests.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLab } from './check-lab';
import { findLabFiles, readLabFile } from './node/lab-files';
import { testLab } from './test-lab';

const files = findLabFiles(resolve(__dirname, '../../labs'));

describe('the course labs', { timeout: 180_000 }, () => {
  it('includes the high-availability lab', () => {
    expect(files.some((f) => f.endsWith('architectures/high-availability.json'))).toBe(true);
  });

  for (const file of files) {
    it(`${file.split('labs/')[1]} is valid, its chapter matches its folder, and every task fails at start and passes after solve`, () => {
      const result = checkLab(readLabFile(file));
      expect(result.issues).toEqual([]);
      if (!result.ok) return;
      expect(file).toContain(`/labs/${result.lab.chapter}/`);
      const failed = testLab(result.lab).filter((l) => !l.ok);
      expect(failed).toEqual([]);
    });
  }
});
