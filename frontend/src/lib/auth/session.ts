import type { LoginResponse, UserView } from '@/lib/api/types';

export interface Session {
  accessToken: string;
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
    const session = JSON.parse(raw) as Session;
    return Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export const sessionStore = {
  get: (): Session | null => current,
  token: (): string | null => current?.accessToken ?? null,
  set(login: LoginResponse) {
    current = { accessToken: login.accessToken, expiresAt: login.expiresAt, user: login.user };
    localStorage.setItem(KEY, JSON.stringify(current));
    listeners.forEach((l) => l(current));
  },
  updateUser(user: UserView) {
    if (!current) return;
    current = { ...current, user };
    localStorage.setItem(KEY, JSON.stringify(current));
    listeners.forEach((l) => l(current));
  },
  clear() {
    current = null;
    localStorage.removeItem(KEY);
    listeners.forEach((l) => l(null));
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
