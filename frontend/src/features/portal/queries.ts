import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export const portalKeys = {
  all: ['portal'] as const,
  list: ['portal', 'requests'] as const,
  request: (id: number) => ['portal', 'request', id] as const,
  messages: (id: number) => ['portal', 'request', id, 'messages'] as const,
};

export const isRequestId = (id: number) => Number.isInteger(id) && id > 0;

export function usePortalRequest(id: number) {
  return useQuery({
    queryKey: portalKeys.request(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/portal/tickets/{id}', { params: { path: { id } }, signal })),
    enabled: isRequestId(id),
  });
}

export function usePortalMessages(id: number) {
  return useQuery({
    queryKey: portalKeys.messages(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/portal/tickets/{id}/messages', { params: { path: { id } }, signal }),
      ),
  });
}
