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
  it('reads a lab to fetch from another site', () => {
    expect(parseRoute('#/lab?src=https%3A%2F%2Fcourse.example%2Flab.json')).toEqual({ name: 'lab-src', src: 'https://course.example/lab.json' });
    expect(parseRoute('#/lab')).toMatchObject({ name: 'not-found' });
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
    for (const hash of ['#/', '#/lab/x', '#/gallery', '#/gallery/k?s=a&t=1', '#/embed/v1/k?s=b', '#/author', '#/about', '#/lab?src=https%3A%2F%2Fx.example%2Fl.json']) {
      expect(hrefFor(parseRoute(hash))).toBe(hash);
    }
  });
});
