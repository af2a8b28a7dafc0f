import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Query keys of the customer's own requests; nothing here is shared with the agent workspace. */
export const portalKeys = {
  all: ['portal'] as const,
  list: ['portal', 'requests'] as const,
  request: (id: number) => ['portal', 'request', id] as const,
  messages: (id: number) => ['portal', 'request', id, 'messages'] as const,
};

export const isRequestId = (id: number) => Number.isInteger(id) && id > 0;

export const portalRequestsOptions = () =>
  infiniteQueryOptions({
    queryKey: portalKeys.list,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/portal/tickets', {
          params: { query: { cursor: pageParam, limit: 25 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
  });

export const portalRequestOptions = (id: number) =>
  queryOptions({
    queryKey: portalKeys.request(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/portal/tickets/{id}', { params: { path: { id } }, signal })),
    enabled: isRequestId(id),
  });

export const portalMessagesOptions = (id: number) =>
  queryOptions({
    queryKey: portalKeys.messages(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/portal/tickets/{id}/messages', { params: { path: { id } }, signal }),
      ),
  });
