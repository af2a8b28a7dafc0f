import { Modal, NumberInput, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { QueueView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';
import { invalidateQueues } from './api/queries';

const FIELDS = ['name', 'description', 'position', 'active'] as const;

/** Creates a queue (queue null) or edits one; only an existing queue can be switched off. */
export function QueueFormModal({
  queue,
  onClose,
}: {
  queue: QueueView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      name: queue?.name ?? '',
      description: queue?.description ?? '',
      position: queue?.position ?? 0,
      active: queue?.active ?? true,
    },
    validate: { name: (v) => (v.trim() ? null : t('queues.nameRequired')) },
  });
  const save = useMutation({
    mutationFn: async (v: typeof form.values) => {
      const body = {
        name: v.name.trim(),
        description: v.description.trim(),
        position: Number(v.position),
      };
      return queue
        ? unwrap(
            await api.PATCH('/api/v1/queues/{id}', {
              params: { path: { id: queue.id } },
              body: { ...body, active: v.active },
            }),
          )
        : unwrap(await api.POST('/api/v1/queues', { body }));
    },
    onSuccess: (saved) => {
      notifications.show({
        color: 'green',
        message: t(queue ? 'queues.saved' : 'queues.created', { name: saved.name }),
      });
      void invalidateQueues(queryClient);
      onClose();
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, FIELDS, t),
  });
  return (
    <Modal opened onClose={onClose} title={queue ? t('queues.editTitle') : t('queues.create')}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('queues.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('queues.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <NumberInput
            label={t('queues.position')}
            description={t('queues.positionHint')}
            min={0}
            max={100000}
            {...form.getInputProps('position')}
          />
          {queue && (
            <Switch
              label={t('queues.activeLabel')}
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          )}
          <ProblemAlert error={save.error} />
          <FormActions
            submitLabel={t('common:actions.save')}
            pending={save.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
