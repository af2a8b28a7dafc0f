import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { TicketFilters } from '../views';

/** Query keys of the ticket feature; every key starts with `tickets`, so one prefix refreshes all. */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: ['tickets', 'list'] as const,
  list: (filters: TicketFilters) => ['tickets', 'list', filters] as const,
  customerList: (customerId: number) => ['tickets', 'list', { customerId }] as const,
  counts: ['tickets', 'counts'] as const,
  detail: (id: number) => ['tickets', 'detail', id] as const,
  messages: (id: number) => ['tickets', 'detail', id, 'messages'] as const,
  events: (id: number) => ['tickets', 'detail', id, 'events'] as const,
  compensations: (id: number) => ['tickets', 'detail', id, 'compensations'] as const,
};

export const PAGE_SIZE = 50;

export const ticketCountsOptions = () =>
  queryOptions({
    queryKey: ticketKeys.counts,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/tickets/counts', { signal })),
    refetchInterval: 30_000,
  });

/** The inbox: most urgent first, paged by cursor, refreshed while the agent watches. */
export const ticketListOptions = (filters: TicketFilters) =>
  infiniteQueryOptions({
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

/** Every ticket a customer ever had, newest first. */
export const customerTicketsOptions = (customerId: number) =>
  infiniteQueryOptions({
    queryKey: ticketKeys.customerList(customerId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/tickets', {
          params: { query: { customerId, sort: 'created', cursor: pageParam, limit: 25 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
  });

export const isTicketId = (id: number) => Number.isInteger(id) && id > 0;

export const ticketOptions = (id: number) =>
  queryOptions({
    queryKey: ticketKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/tickets/{id}', { params: { path: { id } }, signal })),
    enabled: isTicketId(id),
  });

export const messagesOptions = (id: number) =>
  queryOptions({
    queryKey: ticketKeys.messages(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/tickets/{id}/messages', { params: { path: { id } }, signal })),
  });

export const eventsOptions = (id: number) =>
  queryOptions({
    queryKey: ticketKeys.events(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/tickets/{id}/events', { params: { path: { id } }, signal })),
  });

export const compensationsOptions = (id: number) =>
  queryOptions({
    queryKey: ticketKeys.compensations(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/tickets/{id}/compensations', { params: { path: { id } }, signal }),
      ),
  });
