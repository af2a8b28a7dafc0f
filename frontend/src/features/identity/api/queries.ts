import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { lookupKeys } from '@/lib/api/lookups';
import { unwrap } from '@/lib/api/problem';
import type { Role } from '@/lib/api/types';

/** Query keys of users and API tokens; the staff lookup shares the `users` prefix. */
export const identityKeys = {
  users: ['users'] as const,
  userList: (q: string, role: Role | null) => ['users', 'list', q, role] as const,
  staff: lookupKeys.staff,
  tokens: ['api-tokens'] as const,
};

export const userListOptions = (q: string, role: Role | null) =>
  infiniteQueryOptions({
    queryKey: identityKeys.userList(q, role),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/users', {
          params: {
            query: { q: q || undefined, role: role ?? undefined, cursor: pageParam, limit: 50 },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });

export const apiTokensOptions = () =>
  queryOptions({
    queryKey: identityKeys.tokens,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/api-tokens', { signal })),
  });
