import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { STAFF_ROLES } from '@/lib/api/types';
import type { TicketFilters } from './views';

export const ticketKeys = {
  all: ['tickets'] as const,
  list: (filters: TicketFilters) => ['tickets', 'list', filters] as const,
  counts: ['tickets', 'counts'] as const,
  detail: (id: number) => ['tickets', 'detail', id] as const,
  messages: (id: number) => ['tickets', 'detail', id, 'messages'] as const,
  events: (id: number) => ['tickets', 'detail', id, 'events'] as const,
  compensations: (id: number) => ['tickets', 'detail', id, 'compensations'] as const,
};

export const PAGE_SIZE = 50;

export function useTicketCounts() {
  return useQuery({
    queryKey: ticketKeys.counts,
    queryFn: async () => unwrap(await api.GET('/api/v1/tickets/counts')),
    refetchInterval: 30_000,
  });
}

export function useTicketList(filters: TicketFilters) {
  return useInfiniteQuery({
    queryKey: ticketKeys.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/tickets', {
          params: {
            query: {
              status: filters.status.length ? filters.status : undefined,
              priority: filters.priority.length ? filters.priority : undefined,
              queueId: filters.queueId,
              assignee: filters.assignee,
              channel: filters.channel,
              tag: filters.tag,
              q: filters.q,
              sort: 'priority',
              limit: PAGE_SIZE,
              cursor: pageParam,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export function useQueues() {
  return useQuery({
    queryKey: ['queues'],
    queryFn: async () => unwrap(await api.GET('/api/v1/queues')),
    staleTime: 60_000,
  });
}

export function useStaff() {
  return useQuery({
    queryKey: ['users', 'staff'],
    queryFn: async () => {
      const pages = await Promise.all(
        STAFF_ROLES.map(async (role) =>
          unwrap(
            await api.GET('/api/v1/users', {
              params: { query: { active: true, role, limit: 100 } },
            }),
          ),
        ),
      );
      return pages.flatMap((page) => page.items).sort((a, b) => a.name.localeCompare(b.name));
    },
    staleTime: 60_000,
  });
}
