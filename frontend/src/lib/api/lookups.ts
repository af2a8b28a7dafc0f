import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './client';
import { readAllPages } from './paging';
import { unwrap } from './problem';
import { STAFF_ROLES, type UserView } from './types';

/**
 * Reference data that several features show and pick from: the queues and the active staff.
 * One cache entry each, so a rename in the admin screens is seen everywhere at once.
 */
export const lookupKeys = {
  queues: ['queues'] as const,
  staff: ['users', 'staff'] as const,
  customers: ['customers'] as const,
  customer: (id: number) => ['customers', id] as const,
  customerSearch: (q: string) => ['customers', 'search', q] as const,
};

export const isCustomerId = (id: number) => Number.isInteger(id) && id > 0;

/** One customer record: shown on its page, on its tickets and when a ticket is logged for it. */
export const customerOptions = (id: number) =>
  queryOptions({
    queryKey: lookupKeys.customer(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/customers/{id}', { params: { path: { id } }, signal })),
    enabled: isCustomerId(id),
  });

/** The first matches for a part of a name, email or phone number, as the agent types. */
export const customerSearchOptions = (q: string, enabled: boolean) =>
  queryOptions({
    queryKey: lookupKeys.customerSearch(q),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/customers', { params: { query: { q, limit: 10 } }, signal }))
        .items,
    enabled,
    placeholderData: keepPreviousData,
  });

export const queuesOptions = () =>
  queryOptions({
    queryKey: lookupKeys.queues,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/queues', { signal })),
    staleTime: 60_000,
  });

const STAFF_PAGE = 100;

/** Every active admin, manager and agent: all pages, however many there are. */
export async function fetchStaff(signal?: AbortSignal): Promise<UserView[]> {
  const perRole = await Promise.all(
    STAFF_ROLES.map((role) =>
      readAllPages(async (cursor) =>
        unwrap(
          await api.GET('/api/v1/users', {
            params: { query: { active: true, role, limit: STAFF_PAGE, cursor } },
            signal,
          }),
        ),
      ),
    ),
  );
  return perRole.flat();
}

export const staffOptions = () =>
  queryOptions({
    queryKey: lookupKeys.staff,
    queryFn: ({ signal }) => fetchStaff(signal),
    staleTime: 60_000,
  });

export const useQueues = () => useQuery(queuesOptions());

/** The staff in the alphabetical order of the UI language. */
export function useStaff() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const select = useCallback(
    (staff: UserView[]) => {
      const collator = new Intl.Collator(language);
      return [...staff].sort((a, b) => collator.compare(a.name, b.name));
    },
    [language],
  );
  return useQuery({ ...staffOptions(), select });
}
