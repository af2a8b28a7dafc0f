import { useSyncExternalStore } from 'react';
import { sessionStore, type Session } from './session';

/** The signed-in session; re-renders when it starts, changes or ends (sign-out, expiry, 401). */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}
