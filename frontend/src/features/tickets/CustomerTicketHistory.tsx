import { Table, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '@/components/LoadMore';
import { QueryState } from '@/components/QueryState';
import { customerTicketsOptions } from './api/queries';
import { TicketTable } from './TicketTable';

const COLUMNS = ['number', 'subject', 'status', 'priority', 'created'] as const;

/** Every ticket the customer ever had, newest first; the customer's page shows it. */
export function CustomerTicketHistory({ customerId }: { customerId: number }) {
  const { t } = useTranslation('tickets');
  const list = useInfiniteQuery(customerTicketsOptions(customerId));
  const tickets = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="customer-tickets">
      <Title order={3} size="h4" id="customer-tickets" mb="sm">
        {t('history.title')}
      </Title>
      <QueryState
        query={list}
        empty={tickets.length === 0}
        emptyTitle={t('history.empty')}
        skeletonHeight={120}
      >
        <Table.ScrollContainer minWidth={560}>
          <TicketTable tickets={tickets} columns={COLUMNS} labelledBy="customer-tickets" />
        </Table.ScrollContainer>
      </QueryState>
      <LoadMore query={list} />
    </section>
  );
}
