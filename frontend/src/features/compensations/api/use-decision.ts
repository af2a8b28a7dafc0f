import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api/client';
import { isProblem, unwrap } from '@/lib/api/problem';
import type { CompensationView } from '@/lib/api/types';
import { compensationKeys } from './queries';

export type Decision = 'approve' | 'reject';

/**
 * A manager approves or rejects a pending compensation. The waiting list is refreshed here;
 * `onChanged` lets the screen showing the compensation refresh its own data (the ticket's list):
 * after a decision, and when someone else decided first.
 */
export function useDecision(onChanged?: (compensation?: CompensationView) => void) {
  const { t } = useTranslation('compensations');
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, decision }: { id: number; decision: Decision }) =>
      unwrap(
        decision === 'approve'
          ? await api.POST('/api/v1/compensations/{id}/approve', { params: { path: { id } } })
          : await api.POST('/api/v1/compensations/{id}/reject', { params: { path: { id } } }),
      ),
    onSuccess: (compensation) => {
      notifications.show({
        color: compensation.approval === 'approved' ? 'green' : 'gray',
        message: t(
          compensation.approval === 'approved' ? 'decision.approved' : 'decision.rejected',
          { number: compensation.ticketNumber },
        ),
      });
      void queryClient.invalidateQueries({ queryKey: compensationKeys.pending });
      onChanged?.(compensation);
    },
    onError: (error) => {
      // Decided or removed by someone else meanwhile: what is shown is out of date.
      if (
        isProblem(error, 'compensation.not-pending') ||
        isProblem(error, 'compensation.not-found')
      ) {
        void queryClient.invalidateQueries({ queryKey: compensationKeys.pending });
        onChanged?.();
      }
    },
  });
}
