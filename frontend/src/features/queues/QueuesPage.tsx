import {
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryState } from '@/components/QueryState';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { QueueView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { adminQueuesOptions, invalidateQueues } from './api/queries';
import { QueueFormModal } from './QueueFormModal';

/** Queues are the problem areas tickets are sorted into; customers pick one as the category. */
export default function QueuesPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('queues.title'));
  const format = useFormat();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<QueueView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<QueueView | null>(null);
  const queues = useQuery(adminQueuesOptions());
  const remove = useMutation({
    mutationFn: async (queue: QueueView) =>
      unwrap(await api.DELETE('/api/v1/queues/{id}', { params: { path: { id: queue.id } } })),
    onSuccess: (_, queue) => {
      setDeleting(null);
      notifications.show({ color: 'green', message: t('queues.deleted', { name: queue.name }) });
      void invalidateQueues(queryClient);
    },
  });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('queues.title')}</Title>
        <Button onClick={() => setEditing('new')}>{t('queues.create')}</Button>
      </Group>
      <QueryState
        query={queues}
        empty={queues.data?.length === 0}
        emptyTitle={t('queues.empty')}
        emptyText={t('queues.emptyText')}
        skeletonHeight={160}
      >
        <Table aria-label={t('queues.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('queues.name')}</Table.Th>
              <Table.Th>{t('queues.description')}</Table.Th>
              <Table.Th>{t('queues.position')}</Table.Th>
              <Table.Th>{t('queues.state')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('queues.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queues.data?.map((queue) => (
              <Table.Tr key={queue.id}>
                <Table.Td fw={600}>{queue.name}</Table.Td>
                <Table.Td>{queue.description ?? '—'}</Table.Td>
                <Table.Td>{format.number(queue.position)}</Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={queue.active ? 'green' : 'gray'}>
                    {queue.active ? t('queues.active') : t('queues.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing(queue)}
                      aria-label={t('queues.editNamed', { name: queue.name })}
                    >
                      {t('common:actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        remove.reset();
                        setDeleting(queue);
                      }}
                      aria-label={t('queues.deleteNamed', { name: queue.name })}
                    >
                      {t('common:actions.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
      {editing && (
        <QueueFormModal
          queue={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <Modal opened={!!deleting} onClose={() => setDeleting(null)} title={t('queues.deleteTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('queues.deleteConfirm', { name: deleting?.name })}</Text>
          <ProblemAlert error={remove.error} />
          <FormActions
            submitLabel={t('common:actions.delete')}
            pending={remove.isPending}
            onCancel={() => setDeleting(null)}
            onSubmit={() => deleting && remove.mutate(deleting)}
            color="red"
          />
        </Stack>
      </Modal>
    </Stack>
  );
}
