import { Anchor, Button, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { PriorityBadge, StatusBadge } from '@/components/TicketBadges';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';

/** Every ticket the customer ever had, newest first. */
export function CustomerTickets({ customerId }: { customerId: number }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const list = useInfiniteQuery({
    queryKey: ['tickets', 'list', { customerId }],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/tickets', {
          params: { query: { customerId, sort: 'created', cursor: pageParam, limit: 25 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
  const tickets = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="customer-tickets">
      <Title order={3} size="h4" id="customer-tickets" mb="sm">
        {t('page.tickets')}
      </Title>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Skeleton height={120} />
      ) : tickets.length === 0 ? (
        <EmptyState title={t('page.noTickets')} />
      ) : (
        <Table aria-labelledby="customer-tickets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tickets.number')}</Table.Th>
              <Table.Th>{t('tickets.subject')}</Table.Th>
              <Table.Th>{t('tickets.status')}</Table.Th>
              <Table.Th>{t('tickets.priority')}</Table.Th>
              <Table.Th>{t('tickets.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tickets.map((ticket) => (
              <Table.Tr key={ticket.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {ticket.number}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/tickets/${ticket.id}`}>
                    {ticket.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={ticket.status} />
                </Table.Td>
                <Table.Td>
                  <PriorityBadge priority={ticket.priority} />
                </Table.Td>
                <Table.Td>{format.dateTime(ticket.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.hasNextPage && (
        <Group justify="center" mt="sm">
          <Button
            variant="default"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('common:state.loadMore')}
          </Button>
        </Group>
      )}
    </section>
  );
}
