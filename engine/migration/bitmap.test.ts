import { describe, expect, it } from 'vitest';
import { createPageBitmap, popcount32 } from './bitmap';
import { decideAfterSync, XEN_MIN_PAGES } from './stop-rules';
import { readMigrationParams } from './params';
import { scatterStride } from './write-picker';

describe('PageBitmap', () => {
  it('popcount32 counts bits (0xFFFFFFFF → 32, 0x80000001 → 2)', () => {
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0x80000001)).toBe(2);
    expect(popcount32(0)).toBe(0);
  });

  it('takeFrom() clears set bits in address order from the cursor and wraps once', () => {
    const b = createPageBitmap(100);
    for (const p of [3, 40, 41, 70, 99]) b.set(p);
    expect(b.takeFrom(41, 2)).toEqual({ taken: 2, cursor: 71 });
    expect(b.has(41) || b.has(70)).toBe(false);
    expect(b.takeFrom(71, 10)).toEqual({ taken: 3, cursor: 71 });
    expect(b.count).toBe(0);
  });

  it('setAll() on a non-multiple of 32 sets exactly `pages` bits; orFrom() counts only new bits', () => {
    const a = createPageBitmap(70);
    a.setAll();
    expect(a.count).toBe(70);
    expect(a.countRange(0, 70)).toBe(70);
    const b = createPageBitmap(70);
    b.set(5);
    const c = createPageBitmap(70);
    c.set(5);
    c.set(69);
    expect(b.orFrom(c)).toBe(1);
    expect(b.count).toBe(2);
  });

  it('scatterStride() is coprime with the span, so Zipf ranks map to distinct pages', () => {
    for (const span of [1000, 4096, 32768, 12345]) {
      const stride = scatterStride(span);
      const seen = new Set<number>();
      for (let r = 0; r < span; r++) seen.add((r * stride) % span);
      expect(seen.size).toBe(span);
    }
  });
});

describe("stop rules (QEMU migration.c, Xen xc_domain_save.c)", () => {
  const facts = { pendingBytes: 1e9, thresholdBytes: 1e6, liveRounds: 3, roundPages: 1000, roundBytes: 4e6, previousRoundBytes: 5e6, totalSentBytes: 2e9, memoryBytes: 1e9, postcopyWanted: false };
  const qemu = readMigrationParams({}, 'params');
  const xen = readMigrationParams({ stopRule: 'xen' }, 'params');
  it('QEMU switches over only when pending < bandwidth × downtime limit', () => {
    expect(decideAfterSync(qemu, facts)).toBeNull();
    expect(decideAfterSync(qemu, { ...facts, pendingBytes: 9e5 })).toBe('below-threshold');
    expect(decideAfterSync(qemu, { ...facts, postcopyWanted: true })).toBe('switched-to-post-copy');
  });
  it(`Xen stops below ${XEN_MIN_PAGES} pages, on a growing round, at 29 iterations, or beyond 3× RAM`, () => {
    expect(decideAfterSync(xen, facts)).toBeNull();
    expect(decideAfterSync(xen, { ...facts, roundPages: 49 })).toBe('below-threshold');
    expect(decideAfterSync(xen, { ...facts, roundBytes: 6e6 })).toBe('not-shrinking');
    expect(decideAfterSync(xen, { ...facts, liveRounds: 29 })).toBe('max-rounds');
    expect(decideAfterSync(xen, { ...facts, totalSentBytes: 3.1e9 })).toBe('max-total');
  });
});

describe('setUniform', () => {
  it('draws the same pages as mulberry32Next/mulberry32Out from the same seed', async () => {
    const { mulberry32Next, mulberry32Out } = await import('./write-picker');
    const a = createPageBitmap(1000);
    const fresh = a.setUniform(300, 100, 500, 12345);
    const b = createPageBitmap(1000);
    let state = 12345;
    for (let k = 0; k < 300; k++) {
      state = mulberry32Next(state);
      b.set(100 + Math.floor(mulberry32Out(state) * 500));
    }
    expect(fresh).toBe(b.count);
    expect(Array.from(a.words)).toEqual(Array.from(b.words));
    expect(a.countRange(0, 100) + a.countRange(600, 1000)).toBe(0);
  });
});
