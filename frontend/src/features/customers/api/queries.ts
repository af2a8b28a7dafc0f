import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { lookupKeys } from '@/lib/api/lookups';
import { unwrap } from '@/lib/api/problem';

/** Query keys of the customer feature, under the shared `customers` prefix of the lookups. */
export const customerKeys = {
  all: lookupKeys.customers,
  lists: [...lookupKeys.customers, 'list'] as const,
  list: (q: string) => [...lookupKeys.customers, 'list', q] as const,
  detail: lookupKeys.customer,
  compensations: (id: number) => [...lookupKeys.customer(id), 'compensations'] as const,
};

export const customerListOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: customerKeys.list(q),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/customers', {
          params: { query: { q: q || undefined, cursor: pageParam, limit: 50 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });

export const customerCompensationsOptions = (id: number) =>
  queryOptions({
    queryKey: customerKeys.compensations(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/customers/{id}/compensations', { params: { path: { id } }, signal }),
      ),
  });
