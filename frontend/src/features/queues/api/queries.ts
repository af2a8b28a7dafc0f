import type { QueryClient } from '@tanstack/react-query';
import { lookupKeys, queuesOptions } from '@/lib/api/lookups';

/** The admin list is the shared queue lookup itself, so an edit shows up everywhere at once. */
export const adminQueuesOptions = queuesOptions;

/** Ticket lists and counts show queue names, so they are refreshed along with the queues. */
export const invalidateQueues = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: lookupKeys.queues }),
    queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  ]);
