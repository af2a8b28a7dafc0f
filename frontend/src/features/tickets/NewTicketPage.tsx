import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CustomerPicker } from '@/components/CustomerPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { customerOptions, useQueues, useStaff } from '@/lib/api/lookups';
import { unwrap } from '@/lib/api/problem';
import {
  CHANNELS,
  TICKET_PRIORITIES,
  type Channel,
  type CustomerView,
  type TicketPriority,
} from '@/lib/api/types';
import { useSession } from '@/lib/auth/use-session';
import { applyFieldErrors } from '@/lib/forms';
import { useFormat } from '@/lib/format';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { ticketKeys } from './api/queries';
import { NewCustomerModal } from './NewCustomerModal';

const FIELDS = [
  'subject',
  'description',
  'channel',
  'customerId',
  'priority',
  'queueId',
  'assigneeId',
  'tags',
  'promisedBy',
] as const;

/** Logs a contact that did not arrive by itself: a phone call, a visit, a letter. */
export default function NewTicketPage() {
  const { t } = useTranslation('tickets');
  usePageTitle(t('newTicket.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const format = useFormat();
  const [params] = useSearchParams();
  const queues = useQueues();
  const staff = useStaff();
  const [customer, setCustomer] = useState<CustomerView | null>(null);
  // Started from a customer's page: that customer is already chosen.
  const presetId = Number(params.get('customerId'));
  const preset = useQuery(customerOptions(presetId));
  useEffect(() => {
    if (preset.data) setCustomer(preset.data);
  }, [preset.data]);
  const [search, setSearch] = useState('');
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);

  const form = useForm({
    initialValues: {
      subject: '',
      description: '',
      channel: ((params.get('channel') as Channel | null) ?? 'phone') as Channel,
      priority: 'normal' as TicketPriority,
      customerLosingMoney: false,
      queueId: null as string | null,
      assigneeId: session ? String(session.user.id) : (null as string | null),
      tags: [] as string[],
      promisedBy: '',
    },
    validate: {
      subject: (v) => (v.trim() ? null : t('newTicket.subjectRequired')),
    },
  });
  const [customerError, setCustomerError] = useState<string | null>(null);

  const open = useMutation({
    mutationFn: async (values: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/tickets', {
          body: {
            subject: values.subject.trim(),
            description: values.description.trim() || undefined,
            channel: values.channel,
            customerId: customer!.id,
            priority: values.customerLosingMoney ? 'urgent' : values.priority,
            customerLosingMoney: values.customerLosingMoney,
            queueId: values.queueId ? Number(values.queueId) : undefined,
            assigneeId: values.assigneeId ? Number(values.assigneeId) : undefined,
            receivedById: session?.user.id,
            tags: values.tags,
            promisedBy: format.fromInput(values.promisedBy) ?? undefined,
          },
        }),
      ),
    onSuccess: (ticket) => {
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      navigate(paths.ticket(ticket.id));
    },
    onError: (error) => {
      applyFieldErrors(
        error,
        (field, message) =>
          field === 'customerId' ? setCustomerError(message) : form.setFieldError(field, message),
        FIELDS,
        t,
      );
    },
  });

  const submit = form.onSubmit((values) => {
    if (!customer) {
      setCustomerError(t('newTicket.customerRequired'));
      return;
    }
    open.mutate(values);
  });

  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{t('newTicket.title')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group align="flex-end" gap="sm" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <CustomerPicker
                    label={t('fields.customer')}
                    required
                    value={customer}
                    onChange={(value) => {
                      setCustomer(value);
                      setCustomerError(null);
                    }}
                    onSearchChange={setSearch}
                    error={customerError}
                  />
                </div>
                <Button variant="light" onClick={openCreate}>
                  {t('newTicket.newCustomer')}
                </Button>
              </Group>
              {customer && (
                <Text size="sm" c="dimmed">
                  {[customer.email, customer.phone, customer.organization?.name]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              )}
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('fields.channel')}
                  data={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('channel')}
                />
                <Select
                  label={t('fields.queue')}
                  data={(queues.data ?? [])
                    .filter((q) => q.active)
                    .map((q) => ({ value: String(q.id), label: q.name }))}
                  clearable
                  {...form.getInputProps('queueId')}
                />
                <Select
                  label={t('fields.assignee')}
                  data={(staff.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
                  clearable
                  searchable
                  {...form.getInputProps('assigneeId')}
                />
              </SimpleGrid>
              <TextInput label={t('fields.subject')} required {...form.getInputProps('subject')} />
              <Textarea
                label={t('fields.description')}
                description={t('newTicket.descriptionHint')}
                autosize
                minRows={4}
                {...form.getInputProps('description')}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('fields.priority')}
                  data={TICKET_PRIORITIES.map((p) => ({
                    value: p,
                    label: t(`common:priority.${p}`),
                  }))}
                  allowDeselect={false}
                  disabled={form.values.customerLosingMoney}
                  {...form.getInputProps('priority')}
                />
                <TagsInput label={t('fields.tags')} maxTags={20} {...form.getInputProps('tags')} />
                <TextInput
                  type="datetime-local"
                  label={t('fields.promisedBy')}
                  {...form.getInputProps('promisedBy')}
                />
              </SimpleGrid>
              <Checkbox
                label={t('common:losingMoney.label')}
                description={t('common:losingMoney.hint')}
                {...form.getInputProps('customerLosingMoney', { type: 'checkbox' })}
              />
            </Stack>
          </Paper>
          <ProblemAlert error={open.error} />
          <Group>
            <Button type="submit" loading={open.isPending}>
              {t('newTicket.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <NewCustomerModal
        opened={creating}
        search={search}
        onClose={closeCreate}
        onCreated={(created) => {
          setCustomer(created);
          setCustomerError(null);
          closeCreate();
        }}
      />
    </Stack>
  );
}
