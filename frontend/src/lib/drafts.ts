import { sessionStore } from '@/lib/auth/session';

/**
 * Half-written replies survive reloads and sessions that expire. They belong to the person who
 * wrote them: kept under their user id, so another account in the same browser never sees them,
 * and removed when that person signs out.
 */
const PREFIX = 'kaiku.draft.';

export interface Draft {
  body: string;
  kind?: string;
}

const storageKey = (key: string) => {
  const user = sessionStore.get()?.user.id;
  return user === undefined ? null : `${PREFIX}${user}.${key}`;
};

export const drafts = {
  load(key: string): Draft | null {
    const stored = storageKey(key);
    if (!stored) return null;
    try {
      const raw = localStorage.getItem(stored);
      return raw ? (JSON.parse(raw) as Draft) : null;
    } catch {
      return null;
    }
  },
  save(key: string, draft: Draft) {
    const stored = storageKey(key);
    if (!stored) return;
    const empty = !draft.body || draft.body === '<p></p>';
    if (empty) localStorage.removeItem(stored);
    else localStorage.setItem(stored, JSON.stringify(draft));
  },
  clear(key: string) {
    const stored = storageKey(key);
    if (stored) localStorage.removeItem(stored);
  },
  /** Removes every draft of one user (on sign-out), and any left by earlier versions unowned. */
  clearUser(userId: number) {
    const own = `${PREFIX}${userId}.`;
    const unowned = /^kaiku\.draft\.(?!\d+\.)/;
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key && (key.startsWith(own) || unowned.test(key))) localStorage.removeItem(key);
    }
  },
};
