import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { lookupKeys } from '@/lib/api/lookups';
import { unwrap } from '@/lib/api/problem';
import {
  COMPENSATION_KINDS,
  type CompensationKind,
  type CompensationView,
  type TicketView,
} from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';
import { useFormat } from '@/lib/format';
import { compensationsOptions, ticketKeys } from './api/queries';

const FIELDS = ['kind', 'amount', 'currency', 'reason', 'grantedOn'] as const;

/**
 * Where a compensation stands with its approval, drawn by another feature; `onChanged` refreshes
 * this ticket's compensations, timeline and customer after a decision.
 */
export type CompensationApprovalSlot = (
  compensation: CompensationView,
  onChanged: () => void,
) => ReactNode;

/** Goodwill given to the customer for this ticket: refunds, credits, replacements. */
export function Compensations({
  ticket,
  approval,
}: {
  ticket: TicketView;
  approval?: CompensationApprovalSlot;
}) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const list = useQuery(compensationsOptions(ticket.id));
  const form = useForm({
    initialValues: {
      kind: 'refund' as CompensationKind,
      amount: '' as number | string,
      currency: 'EUR',
      reason: '',
      grantedOn: '',
    },
    validate: { reason: (v) => (v.trim() ? null : t('compensations.reasonRequired')) },
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ticketKeys.compensations(ticket.id) });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.events(ticket.id) });
    void queryClient.invalidateQueries({ queryKey: lookupKeys.customer(ticket.customer.id) });
  };
  const add = useMutation({
    mutationFn: async (values: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/tickets/{id}/compensations', {
          params: { path: { id: ticket.id } },
          body: {
            kind: values.kind,
            amount: values.amount === '' ? undefined : Number(values.amount),
            currency: values.amount === '' ? undefined : values.currency.trim().toUpperCase(),
            reason: values.reason.trim(),
            grantedOn: values.grantedOn || undefined,
          },
        }),
      ),
    onSuccess: () => {
      form.reset();
      setAdding(false);
      refresh();
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, FIELDS, t),
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="compensations">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="compensations">
          {t('compensations.title')}
        </Title>
        {!adding && (
          <Button variant="subtle" size="xs" onClick={() => setAdding(true)}>
            {t('compensations.add')}
          </Button>
        )}
      </Group>
      <ProblemAlert error={list.error} />
      {list.data && list.data.length === 0 && !adding && (
        <Text size="sm" c="dimmed">
          {t('compensations.empty')}
        </Text>
      )}
      {list.data && list.data.length > 0 && (
        <Table aria-labelledby="compensations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('compensations.grantedOn')}</Table.Th>
              <Table.Th>{t('compensations.kind')}</Table.Th>
              <Table.Th>{t('compensations.amount')}</Table.Th>
              <Table.Th>{t('compensations.reason')}</Table.Th>
              <Table.Th>{t('compensations.by')}</Table.Th>
              {approval && <Table.Th>{t('compensations.approval')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{format.date(c.grantedOn)}</Table.Td>
                <Table.Td>{t(`compensations.kinds.${c.kind}`)}</Table.Td>
                <Table.Td>
                  {c.amount !== undefined && c.currency ? format.money(c.amount, c.currency) : '—'}
                </Table.Td>
                <Table.Td>{c.reason}</Table.Td>
                <Table.Td>{c.createdBy.name}</Table.Td>
                {approval && <Table.Td>{approval(c, refresh)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {adding && (
        <form onSubmit={form.onSubmit((values) => add.mutate(values))} noValidate>
          <Stack gap="sm" mt="sm">
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <Select
                label={t('compensations.kind')}
                data={COMPENSATION_KINDS.map((k) => ({
                  value: k,
                  label: t(`compensations.kinds.${k}`),
                }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
              <NumberInput
                label={t('compensations.amount')}
                min={0.01}
                decimalScale={2}
                {...form.getInputProps('amount')}
              />
              <TextInput
                label={t('compensations.currency')}
                maxLength={3}
                {...form.getInputProps('currency')}
              />
              <TextInput
                type="date"
                label={t('compensations.grantedOn')}
                {...form.getInputProps('grantedOn')}
              />
            </SimpleGrid>
            <Textarea
              label={t('compensations.reason')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
            />
            <ProblemAlert error={add.error} />
            <FormActions
              submitLabel={t('compensations.save')}
              pending={add.isPending}
              onCancel={() => setAdding(false)}
              justify="flex-start"
            />
          </Stack>
        </form>
      )}
    </Paper>
  );
}
