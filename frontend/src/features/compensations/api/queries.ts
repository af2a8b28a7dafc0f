import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Query keys of compensation approval; every key starts with `compensations`. */
export const compensationKeys = {
  all: ['compensations'] as const,
  pending: ['compensations', 'pending'] as const,
};

export const PAGE_SIZE = 25;

/** Compensations waiting for a manager's decision, oldest first, paged by cursor. */
export const pendingCompensationsOptions = () =>
  infiniteQueryOptions({
    queryKey: compensationKeys.pending,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/compensations', {
          params: { query: { approval: 'pending', limit: PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: 60_000,
  });
