import type { QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { drafts } from '@/lib/drafts';
import { sessionStore } from './session';

/**
 * Signing out on purpose: the server ends the session (so the cookie is worthless even if it
 * was copied), this user's unsent drafts are removed from the browser, and nothing they loaded
 * stays in memory. An expired session is not a sign-out: its drafts wait for the next sign-in.
 */
export async function signOut(queryClient: QueryClient) {
  const user = sessionStore.get()?.user;
  try {
    await api.POST('/api/v1/auth/logout');
  } catch {
    // Offline or already ended: the browser forgets the session either way.
  }
  if (user) drafts.clearUser(user.id);
  sessionStore.clear();
  queryClient.clear();
}
