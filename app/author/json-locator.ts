/**
 * A small strict JSON scanner that records where each value starts, keyed by the engine's path
 * style (`steps[0].tasks[1].solve`), so a lab issue named by path can be shown at its line and a
 * syntax error gets an exact position (V8's JSON.parse messages no longer carry one).
 */

export interface JsonLocations {
  /** Path → character offset of the value (a missing key's issue points at its parent object). */
  offsets: Map<string, number>;
  error: { offset: number; message: string } | null;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const childPath = (base: string, key: string | number) =>
  typeof key === 'number' ? `${base}[${key}]` : IDENT.test(key) ? (base ? `${base}.${key}` : key) : `${base}[${JSON.stringify(key)}]`;

class Fail extends Error {
  constructor(public offset: number, message: string) {
    super(message);
  }
}

export function locateJson(text: string): JsonLocations {
  const offsets = new Map<string, number>();
  let i = 0;
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++; };
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new Fail(i, i >= text.length ? `unexpected end of text, expected "${ch}"` : `expected "${ch}" but found "${text[i]}"`);
    i++;
  };
  const str = (): string => {
    const start = i;
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') throw new Fail(i, 'line break inside a string');
      i += text[i] === '\\' ? 2 : 1;
    }
    expect('"');
    return JSON.parse(text.slice(start, i)) as string;
  };
  const literal = () => {
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) throw new Fail(i, i >= text.length ? 'unexpected end of text, expected a value' : `unexpected "${text[i]}": expected a value (strings need "double quotes")`);
    i += m[0].length;
  };
  const list = (close: string, item: (n: number) => void) => {
    i++;
    ws();
    if (text[i] === close) { i++; return; }
    for (let n = 0; ; n++) {
      item(n);
      ws();
      if (text[i] === ',') { i++; ws(); if (text[i] === close) throw new Fail(i, 'trailing comma'); continue; }
      expect(close);
      return;
    }
  };
  const value = (path: string): void => {
    ws();
    offsets.set(path, i);
    if (text[i] === '{') list('}', () => { const key = str(); ws(); expect(':'); value(childPath(path, key)); });
    else if (text[i] === '[') list(']', (n) => value(childPath(path, n)));
    else if (text[i] === '"') str();
    else literal();
  };
  try {
    value('');
    ws();
    if (i < text.length) throw new Fail(i, `unexpected "${text[i]}" after the end of the document`);
    return { offsets, error: null };
  } catch (e) {
    if (e instanceof Fail) return { offsets, error: { offset: e.offset, message: e.message } };
    return { offsets, error: { offset: i, message: e instanceof Error ? e.message : String(e) } };
  }
}

/** The offset for an issue path: the value itself, else its closest located ancestor. */
export function offsetOfPath(loc: JsonLocations, path: string): number {
  let p = path;
  for (;;) {
    const hit = loc.offsets.get(p);
    if (hit !== undefined) return hit;
    if (!p) return 0;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
}
