import type { UserView } from '@/lib/api/types';

/**
 * Who is signed in, for rendering. The credential itself is not here: the server keeps it in an
 * HttpOnly cookie that script cannot read, so an injected script could not carry it away. What is
 * kept in localStorage (the profile and the expiry) only lets a reload render at once; the first
 * 401 ends it.
 */
export interface Session {
  expiresAt: string;
  user: UserView;
}

const KEY = 'kaiku.session';
type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Partial<Session> & { accessToken?: string };
    if (session.accessToken !== undefined) {
      // Stored by an earlier version, token and all: forget it.
      localStorage.removeItem(KEY);
      return null;
    }
    return session.user && session.expiresAt && Date.parse(session.expiresAt) > Date.now()
      ? { expiresAt: session.expiresAt, user: session.user }
      : null;
  } catch {
    return null;
  }
}

function publish(session: Session | null) {
  current = session;
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l(current));
}

export const sessionStore = {
  get: (): Session | null => current,
  set(session: Session) {
    publish({ expiresAt: session.expiresAt, user: session.user });
  },
  updateUser(user: UserView) {
    if (current) publish({ ...current, user });
  },
  clear() {
    publish(null);
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

export const isStaff = (user: UserView | undefined | null) =>
  !!user && (user.role === 'admin' || user.role === 'manager' || user.role === 'agent');

const rank = { customer: 0, agent: 1, manager: 2, admin: 3 } as const;
/** admin ⊃ manager ⊃ agent */
export const hasRole = (user: UserView | undefined | null, role: keyof typeof rank) =>
  !!user && rank[user.role] >= rank[role];
