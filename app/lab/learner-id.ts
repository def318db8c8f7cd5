/**
 * A stable, anonymous learner id for this browser (localStorage `stratolab.learnerId`): it seeds
 * per-learner scenarios, so a learner keeps their numbers across reloads. It is random, carries no
 * personal data and never leaves the browser (except inside an exported progress file).
 */
const KEY = 'stratolab.learnerId';

function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `l-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

export function getLearnerId(): string {
  try {
    const existing = localStorage.getItem(KEY);
    if (existing) return existing;
    const id = randomId();
    localStorage.setItem(KEY, id);
    return id;
  } catch {
    return 'anonymous';
  }
}
