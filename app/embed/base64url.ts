/**
 * base64url (RFC 4648 §5, no padding) of UTF-8 JSON, for `s=` and `params=` in embed URLs.
 * Kept here (not imported from app/framework) so the host script and the custom element bundle
 * stay tiny and free of React.
 */

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws an Error with a readable reason when the text is not base64url. */
export function decodeBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('not base64url (allowed: A-Z a-z 0-9 - _)');
  const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeJson(value: unknown): string {
  return encodeBase64Url(JSON.stringify(value));
}

export function decodeJson(encoded: string): unknown {
  return JSON.parse(decodeBase64Url(encoded));
}
