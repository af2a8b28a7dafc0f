import { Button, Group, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AttachmentInput } from '@/components/AttachmentInput';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { useQueues } from '@/lib/api/lookups';
import { unwrap } from '@/lib/api/problem';
import type { AttachmentView, PortalTicketView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { portalKeys } from './api/queries';

const FIELDS = ['subject', 'description', 'queueId', 'attachmentIds'] as const;

interface Props {
  /** Help shown while the customer types, e.g. matching articles (composed in by the route). */
  renderHelp?: (text: string) => ReactNode;
  onSubmitted?: (request: PortalTicketView) => void;
}

export default function PortalNewRequestPage({ renderHelp, onSubmitted }: Props = {}) {
  const { t } = useTranslation('portal');
  usePageTitle(t('new.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [attachments, setAttachments] = useState<AttachmentView[]>([]);
  const queues = useQueues();
  const form = useForm({
    initialValues: { subject: '', description: '', queueId: null as string | null },
    validate: {
      subject: (v) => (v.trim() ? null : t('new.subjectRequired')),
      description: (v) => (v.trim() ? null : t('new.descriptionRequired')),
    },
  });
  const submit = useMutation({
    mutationFn: async (values: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/portal/tickets', {
          body: {
            subject: values.subject.trim(),
            description: values.description.trim(),
            queueId: values.queueId ? Number(values.queueId) : undefined,
            attachmentIds: attachments.map((a) => a.id),
          },
        }),
      ),
    onSuccess: (request) => {
      onSubmitted?.(request);
      notifications.show({
        color: 'green',
        message: t('new.submitted', { number: request.number }),
      });
      void queryClient.invalidateQueries({ queryKey: portalKeys.list });
      navigate(paths.portalRequest(request.id));
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, FIELDS, t),
  });
  // Inactive queues no longer take new tickets; the server would refuse them.
  const categories = (queues.data ?? [])
    .filter((q) => q.active)
    .map((q) => ({ value: String(q.id), label: q.name }));

  return (
    <Stack gap="md">
      <Title order={2}>{t('new.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={form.onSubmit((values) => submit.mutate(values))} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('new.subject')}
              required
              maxLength={200}
              {...form.getInputProps('subject')}
            />
            {categories.length > 0 && (
              <Select
                label={t('new.category')}
                placeholder={t('new.categoryPlaceholder')}
                data={categories}
                clearable
                {...form.getInputProps('queueId')}
              />
            )}
            <Textarea
              label={t('new.description')}
              description={t('new.descriptionHint')}
              required
              autosize
              minRows={6}
              maxLength={100_000}
              {...form.getInputProps('description')}
            />
            {renderHelp?.(`${form.values.subject} ${form.values.description}`)}
            <AttachmentInput value={attachments} onChange={setAttachments} />
            <ProblemAlert error={submit.error} />
            <Group>
              <Button type="submit" loading={submit.isPending}>
                {t('new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
