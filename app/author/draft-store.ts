/**
 * Autosave of the lab being written: every edit goes to localStorage (debounced by the caller,
 * flushed on page hide), valid or not, so nothing typed is lost to a reload or an invalid edit.
 * The last version that validated is kept separately; the preview shows it while the text is broken.
 */

export const DRAFT_KEY = 'stratolab.author.draft.v1';
export const LAST_GOOD_KEY = 'stratolab.author.lastGood.v1';

export interface Draft {
  text: string;
  /** Where it came from (a file name, a URL, a template id), for the title bar. */
  source: string;
  savedAtIso: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadDraft(store: Store | null = storage()): Draft | null {
  const raw = store?.getItem(DRAFT_KEY);
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<Draft>;
    return typeof d.text === 'string' ? { text: d.text, source: String(d.source ?? ''), savedAtIso: String(d.savedAtIso ?? '') } : null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (quota, private mode): the caller tells the author. */
export function saveDraft(text: string, source: string, store: Store | null = storage(), now: () => Date = () => new Date()): boolean {
  if (!store) return false;
  try {
    store.setItem(DRAFT_KEY, JSON.stringify({ text, source, savedAtIso: now().toISOString() } satisfies Draft));
    return true;
  } catch {
    return false;
  }
}

export function loadLastGood(store: Store | null = storage()): unknown {
  const raw = store?.getItem(LAST_GOOD_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export function saveLastGood(lab: unknown, store: Store | null = storage()): void {
  try {
    store?.setItem(LAST_GOOD_KEY, JSON.stringify(lab));
  } catch {
    // The draft itself is what matters; the last good copy is a convenience.
  }
}
