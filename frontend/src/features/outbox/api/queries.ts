import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Which set-aside events to list: all of them, only those still retried, or only dead ones. */
export type FailureFilter = 'all' | 'retrying' | 'dead';

/** Query keys of the outbox screen; every key starts with `outbox`. */
export const outboxKeys = {
  all: ['outbox'] as const,
  consumers: ['outbox', 'consumers'] as const,
  failures: (filter: FailureFilter) => ['outbox', 'failures', filter] as const,
};

export const PAGE_SIZE = 25;

/** Every consumer of events with how far it got, refreshed while the admin watches. */
export const consumersOptions = () =>
  queryOptions({
    queryKey: outboxKeys.consumers,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/outbox/consumers', { signal })),
    refetchInterval: 15_000,
  });

/** Events a consumer could not handle, paged by cursor. */
export const failuresOptions = (filter: FailureFilter) =>
  infiniteQueryOptions({
    queryKey: outboxKeys.failures(filter),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/outbox/failures', {
          params: {
            query: {
              dead: filter === 'all' ? undefined : filter === 'dead',
              limit: PAGE_SIZE,
              cursor: pageParam,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: 15_000,
  });
