import {
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import type { TicketView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';
import { useFormat, type Format } from '@/lib/format';
import type { TicketChange, useTicketUpdate } from './api/use-ticket-update';

type Updater = ReturnType<typeof useTicketUpdate>;

const FIELDS = [
  'subject',
  'description',
  'agreedSolution',
  'promisedBy',
  'followUpAt',
  'preventionSuggestion',
  'resolutionSummary',
] as const;

const formValues = (ticket: TicketView, format: Format) => ({
  subject: ticket.subject,
  description: ticket.description ?? '',
  agreedSolution: ticket.agreedSolution ?? '',
  promisedBy: format.toInput(ticket.promisedBy),
  followUpAt: format.toInput(ticket.followUpAt),
  preventionSuggestion: ticket.preventionSuggestion ?? '',
  resolutionSummary: ticket.resolutionSummary ?? '',
});

/** The complaint record: what the customer told us, what we agreed, and what we learned. */
export function ComplaintRecord({ ticket, updater }: { ticket: TicketView; updater: Updater }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const form = useForm({ initialValues: formValues(ticket, format) });

  const start = () => {
    form.setValues(formValues(ticket, format));
    form.resetDirty(formValues(ticket, format));
    setEditing(true);
  };

  const submit = async (values: ReturnType<typeof formValues>) => {
    const before = formValues(ticket, format);
    const change: TicketChange = {};
    for (const field of FIELDS) {
      if (values[field] === before[field]) continue;
      if (field === 'promisedBy' || field === 'followUpAt')
        change[field] = format.fromInput(values[field]);
      else change[field] = values[field].trim() || (field === 'subject' ? values[field] : null);
    }
    if (Object.keys(change).length === 0) {
      setEditing(false);
      return;
    }
    try {
      await updater.update(change);
      setEditing(false);
    } catch (error) {
      applyFieldErrors(error, form.setFieldError, FIELDS, t);
    }
  };

  const row = (label: string, value: string | undefined | null) => (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value || '—'}
      </Text>
    </div>
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="complaint-record">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="complaint-record">
          {t('record.title')}
        </Title>
        {!editing && ticket.status !== 'closed' && (
          <Button variant="subtle" size="xs" onClick={start} disabled={!!updater.conflicted}>
            {t('record.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <form onSubmit={form.onSubmit((values) => void submit(values))}>
          <Stack gap="sm">
            <TextInput label={t('fields.subject')} required {...form.getInputProps('subject')} />
            <Textarea
              label={t('fields.description')}
              autosize
              minRows={3}
              {...form.getInputProps('description')}
            />
            <Textarea
              label={t('fields.agreedSolution')}
              autosize
              minRows={2}
              {...form.getInputProps('agreedSolution')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="datetime-local"
                label={t('fields.promisedBy')}
                {...form.getInputProps('promisedBy')}
              />
              <TextInput
                type="datetime-local"
                label={t('fields.followUpAt')}
                {...form.getInputProps('followUpAt')}
              />
            </SimpleGrid>
            <Textarea
              label={t('fields.preventionSuggestion')}
              autosize
              minRows={2}
              {...form.getInputProps('preventionSuggestion')}
            />
            <Textarea
              label={t('fields.resolutionSummary')}
              autosize
              minRows={2}
              {...form.getInputProps('resolutionSummary')}
            />
            <FormActions
              submitLabel={t('common:actions.save')}
              pending={updater.saving}
              onCancel={() => setEditing(false)}
              justify="flex-start"
            />
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          {row(t('fields.description'), ticket.description)}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {row(t('fields.createdAt'), format.dateTime(ticket.createdAt))}
            {row(t('fields.firstResponseAt'), format.dateTime(ticket.firstResponseAt))}
            {row(t('fields.solvedAt'), format.dateTime(ticket.solvedAt))}
            {row(t('fields.closedAt'), format.dateTime(ticket.closedAt))}
          </SimpleGrid>
          {row(t('fields.agreedSolution'), ticket.agreedSolution)}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {row(t('fields.promisedBy'), format.due(ticket.promisedBy))}
            {row(t('fields.followUpAt'), format.due(ticket.followUpAt))}
          </SimpleGrid>
          {row(t('fields.preventionSuggestion'), ticket.preventionSuggestion)}
          {row(t('fields.resolutionSummary'), ticket.resolutionSummary)}
        </Stack>
      )}
    </Paper>
  );
}
