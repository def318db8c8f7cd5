import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './route';

describe('parseRoute', () => {
  it('reads an empty hash and "#/" as the catalog', () => {
    expect(parseRoute('')).toEqual({ name: 'catalog' });
    expect(parseRoute('#/')).toEqual({ name: 'catalog' });
  });
  it('reads a lab id, decoding it', () => {
    expect(parseRoute('#/lab/ha%20basics')).toEqual({ name: 'lab', labId: 'ha basics' });
  });
  it('reads the gallery with a kind and its permalink query', () => {
    const r = parseRoute('#/gallery/availability?s=abc&t=12.5');
    expect(r.name).toBe('gallery');
    if (r.name !== 'gallery') return;
    expect(r.kind).toBe('availability');
    expect(r.query.get('s')).toBe('abc');
    expect(r.query.get('t')).toBe('12.5');
  });
  it('reads the versioned embed route', () => {
    const r = parseRoute('#/embed/v1/availability?s=xyz');
    expect(r).toMatchObject({ name: 'embed', version: 'v1', kind: 'availability' });
  });
  it('reports unknown paths as not-found with the path', () => {
    expect(parseRoute('#/nope/x')).toEqual({ name: 'not-found', path: '/nope/x' });
    expect(parseRoute('#/embed/v2/x')).toMatchObject({ name: 'not-found' });
  });
  it('round-trips through hrefFor', () => {
    for (const hash of ['#/', '#/lab/x', '#/gallery', '#/gallery/k?s=a&t=1', '#/embed/v1/k?s=b', '#/author', '#/about']) {
      expect(hrefFor(parseRoute(hash))).toBe(hash);
    }
  });
});
