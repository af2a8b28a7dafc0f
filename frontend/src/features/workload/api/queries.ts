import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export const workloadKeys = { all: ['workload'] as const };

/** Open tickets per agent and per queue, refreshed every minute while the screen is open. */
export const workloadOptions = () =>
  queryOptions({
    queryKey: workloadKeys.all,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/workload', { signal })),
    refetchInterval: 60_000,
  });
