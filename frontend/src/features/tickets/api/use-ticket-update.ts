import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '@/lib/api/client';
import { ApiProblem, unwrap } from '@/lib/api/problem';
import type { TicketView, UpdateTicketRequest } from '@/lib/api/types';
import { ticketKeys } from './queries';

export type TicketChange = Omit<UpdateTicketRequest, 'version'>;

const isConflict = (error: unknown) =>
  error instanceof ApiProblem &&
  (error.status === 409 || error.status === 412) &&
  /version|stale/.test(error.code);

/**
 * Saves changes to a ticket against the version the agent was looking at. When someone else
 * saved first, the change is kept aside so the agent can re-apply it on the new version
 * ("merge") or drop it ("reload").
 */
export function useTicketUpdate(ticket: TicketView | undefined) {
  const queryClient = useQueryClient();
  const [conflicted, setConflicted] = useState<TicketChange | null>(null);

  const save = async (change: TicketChange, version: number) => {
    const id = ticket!.id;
    const updated = unwrap(
      await api.PATCH('/api/v1/tickets/{id}', {
        params: { path: { id } },
        body: { ...change, version },
      }),
    );
    queryClient.setQueryData(ticketKeys.detail(id), updated);
    void queryClient.invalidateQueries({ queryKey: ticketKeys.events(id) });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.lists });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.counts });
    return updated;
  };

  const mutation = useMutation({
    mutationFn: (change: TicketChange) => save(change, ticket!.version),
    onMutate: () => setConflicted(null),
    onError: (error, change) => {
      if (isConflict(error)) setConflicted(change);
    },
  });

  const latest = async () => {
    const id = ticket!.id;
    await queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) });
    return queryClient.getQueryData<TicketView>(ticketKeys.detail(id))!;
  };

  return {
    update: mutation.mutateAsync,
    saving: mutation.isPending,
    error: conflicted ? null : mutation.error,
    conflicted,
    /** Shows the other person's version and drops ours. */
    reload: async () => {
      setConflicted(null);
      mutation.reset();
      await latest();
    },
    /** Applies our change on top of the other person's version. */
    merge: async () => {
      const change = conflicted;
      setConflicted(null);
      mutation.reset();
      const fresh = await latest();
      if (change) await save(change, fresh.version);
    },
  };
}
