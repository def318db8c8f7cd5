import { describe, expect, it, vi } from 'vitest';
import { fetchLabText, lineColumn, parseLabText, srcFromHash } from './lab-source';

describe('lab sources', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const r = parseLabText('{\n  "id": "x",\n  "title": oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.message.startsWith('JSON syntax')]).toEqual([3, true]);
  });
  it('lineColumn counts from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
  it('reads src= from the hash', () => {
    expect(srcFromHash('#/lab?src=https%3A%2F%2Fx.edu%2Flab.json')).toBe('https://x.edu/lab.json');
    expect(srcFromHash('#/author')).toBeNull();
  });
  it('fetches with CORS and without credentials', async () => {
    const fetchFn = vi.fn(async () => new Response('{"id":"a"}', { status: 200 }));
    await expect(fetchLabText('https://x.edu/a.json', 'https://app/', fetchFn as unknown as typeof fetch)).resolves.toEqual({ ok: true, text: '{"id":"a"}', url: 'https://x.edu/a.json' });
    expect(fetchFn).toHaveBeenCalledWith('https://x.edu/a.json', expect.objectContaining({ mode: 'cors', credentials: 'omit' }));
  });
  it('refuses non-http URLs and explains network/CORS and HTTP failures', async () => {
    const never = vi.fn();
    expect(await fetchLabText('javascript:alert(1)', 'https://app/', never as unknown as typeof fetch)).toMatchObject({ ok: false, message: expect.stringContaining('only http(s)') });
    expect(never).not.toHaveBeenCalled();
    const down = vi.fn(async () => { throw new TypeError('Failed to fetch'); });
    expect(await fetchLabText('https://x.edu/a.json', 'https://app/', down as unknown as typeof fetch)).toMatchObject({ ok: false, message: expect.stringContaining('CORS') });
    const missing = vi.fn(async () => new Response('', { status: 404 }));
    expect(await fetchLabText('https://x.edu/a.json', 'https://app/', missing as unknown as typeof fetch)).toMatchObject({ ok: false, message: expect.stringContaining('404') });
  });
});
