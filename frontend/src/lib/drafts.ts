/** Half-written replies survive reloads and sign-outs caused by an expired session. */
const PREFIX = 'kaiku.draft.';

export interface Draft {
  body: string;
  kind?: string;
}

export const drafts = {
  load(key: string): Draft | null {
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as Draft) : null;
    } catch {
      return null;
    }
  },
  save(key: string, draft: Draft) {
    const empty = !draft.body || draft.body === '<p></p>';
    if (empty) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  },
  clear(key: string) {
    localStorage.removeItem(PREFIX + key);
  },
};
