import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current hash route; re-renders on `hashchange`. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseRoute(hash);
}

/** Navigates by hash; `replace` avoids a history entry (used when a permalink updates live). */
export function navigate(hash: string, { replace = false } = {}): void {
  const target = hash.startsWith('#') ? hash : `#${hash}`;
  if (replace) {
    window.history.replaceState(window.history.state, '', target);
  } else {
    window.location.hash = target;
  }
}
