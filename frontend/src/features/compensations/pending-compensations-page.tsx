import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryState } from '@/components/QueryState';
import { lookupKeys } from '@/lib/api/lookups';
import type { CompensationView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { pendingCompensationsOptions } from './api/queries';
import { useDecision } from './api/use-decision';
import { DecisionButtons } from './compensation-approval';

/** For managers: compensations above the approval limit, across all tickets, oldest first. */
export default function PendingCompensationsPage() {
  const { t } = useTranslation('compensations');
  usePageTitle(t('pending.title'));
  const pending = useInfiniteQuery(pendingCompensationsOptions());
  const rows = pending.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('pending.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('pending.intro')}
        </Text>
      </div>
      <QueryState
        query={pending}
        empty={rows.length === 0}
        emptyTitle={t('pending.empty')}
        emptyText={t('pending.emptyText')}
        skeletonRows={3}
      >
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t('pending.title')} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('columns.ticket')}</Table.Th>
                <Table.Th scope="col">{t('columns.customer')}</Table.Th>
                <Table.Th scope="col">{t('columns.kind')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('columns.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('columns.reason')}</Table.Th>
                <Table.Th scope="col">{t('columns.requestedBy')}</Table.Th>
                <Table.Th scope="col">{t('columns.requestedAt')}</Table.Th>
                <Table.Th scope="col">{t('columns.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((compensation) => (
                <PendingRow key={compensation.id} compensation={compensation} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore query={pending} />
      </QueryState>
    </Stack>
  );
}

function PendingRow({ compensation }: { compensation: CompensationView }) {
  const { t } = useTranslation('compensations');
  const format = useFormat();
  const queryClient = useQueryClient();
  const customerId = compensation.customer.id;
  const decision = useDecision(() => {
    // The ticket's compensations and timeline show the decision too (the tickets feature keeps
    // them under its key for the ticket, ['tickets', 'detail', id]).
    void queryClient.invalidateQueries({ queryKey: ['tickets', 'detail', compensation.ticketId] });
    void queryClient.invalidateQueries({ queryKey: lookupKeys.customer(customerId) });
  });

  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={paths.ticket(compensation.ticketId)} ff="monospace">
          {compensation.ticketNumber}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={paths.customer(customerId)}>
          {compensation.customer.name}
        </Anchor>
      </Table.Td>
      <Table.Td>{t(`tickets:compensations.kinds.${compensation.kind}`)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {compensation.amount !== undefined && compensation.currency
          ? format.money(compensation.amount, compensation.currency)
          : '—'}
      </Table.Td>
      <Table.Td>{compensation.reason}</Table.Td>
      <Table.Td>{compensation.createdBy.name}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {format.dateTime(compensation.createdAt)}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <DecisionButtons compensation={compensation} decision={decision} />
          <ProblemAlert error={decision.error} />
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
