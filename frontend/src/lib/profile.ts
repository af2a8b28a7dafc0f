import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { UserView } from '@/lib/api/types';
import { sessionStore } from '@/lib/auth/session';

export type Language = NonNullable<UserView['language']>;

/** Saves the signed-in person's own language and time zone (null: follow the browser). */
export async function saveProfile(change: {
  language?: Language | null;
  timeZone?: string | null;
}): Promise<UserView> {
  const user = unwrap(await api.PATCH('/api/v1/auth/me', { body: change }));
  sessionStore.updateUser(user);
  return user;
}
