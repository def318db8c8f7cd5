/**
 * Hash routes (so the built site runs from any static host and subpath):
 *   #/                         course catalog
 *   #/lab/<id>                 lab view
 *   #/lab?src=<https URL>      a lab fetched from another site (CORS), validated, rendered sanitized
 *   #/gallery, #/gallery/<kind>?s=<scenario>&t=<sec>
 *   #/embed/v1/<kind>?s=<base64url scenario>
 *   #/author, #/about
 * `parseRoute` is pure so it is tested without a browser.
 */
export type Route =
  | { name: 'catalog' }
  | { name: 'lab'; labId: string }
  | { name: 'lab-src'; src: string }
  | { name: 'gallery'; kind?: string; query: URLSearchParams }
  | { name: 'embed'; version: 'v1'; kind: string; query: URLSearchParams }
  | { name: 'author' }
  | { name: 'about' }
  | { name: 'not-found'; path: string };

/** Splits '#/gallery/x?s=1' into path segments and query. */
export function splitHash(hash: string): { segments: string[]; query: URLSearchParams; path: string } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  return { segments, query, path: path || '/' };
}

export function parseRoute(hash: string): Route {
  const { segments, query, path } = splitHash(hash);
  const [head, a, b] = segments;
  if (!head) return { name: 'catalog' };
  if (head === 'lab' && a && segments.length === 2) return { name: 'lab', labId: a };
  if (head === 'lab' && segments.length === 1 && query.get('src')) return { name: 'lab-src', src: query.get('src')! };
  if (head === 'gallery' && segments.length <= 2) return a ? { name: 'gallery', kind: a, query } : { name: 'gallery', query };
  if (head === 'embed' && a === 'v1' && b && segments.length === 3) return { name: 'embed', version: 'v1', kind: b, query };
  if (head === 'author' && segments.length === 1) return { name: 'author' };
  if (head === 'about' && segments.length === 1) return { name: 'about' };
  return { name: 'not-found', path };
}

/** Builds hrefs for links ('#/lab/ha-basics'). Query values are URL-encoded. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'catalog':
      return '#/';
    case 'lab':
      return `#/lab/${encodeURIComponent(route.labId)}`;
    case 'lab-src':
      return withQuery('#/lab', new URLSearchParams({ src: route.src }));
    case 'gallery':
      return withQuery(route.kind ? `#/gallery/${encodeURIComponent(route.kind)}` : '#/gallery', route.query);
    case 'embed':
      return withQuery(`#/embed/v1/${encodeURIComponent(route.kind)}`, route.query);
    case 'author':
      return '#/author';
    case 'about':
      return '#/about';
    case 'not-found':
      return `#${route.path}`;
  }
}

function withQuery(base: string, query: URLSearchParams): string {
  const s = query.toString();
  return s ? `${base}?${s}` : base;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
