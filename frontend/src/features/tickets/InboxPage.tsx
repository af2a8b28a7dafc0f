import { Anchor, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys, useIntersection } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { LosingMoneyBadge, PriorityBadge, StatusBadge } from '@/components/TicketBadges';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { InboxFilters } from './InboxFilters';
import { useQueues, useTicketList } from './queries';
import { filtersFromUrl } from './views';

export default function InboxPage() {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { view, filters } = filtersFromUrl(params);
  const queues = useQueues();
  const list = useTicketList(filters);
  const tickets = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [active, setActive] = useState(0);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);

  const queueName = queues.data?.find((q) => q.id === filters.queueId)?.name;
  const title = view === 'queue' && queueName ? queueName : t(`common:views.${view}`);
  usePageTitle(title);

  // A new view or filter starts at the top of the list.
  const listKey = params.toString();
  useEffect(() => setActive(0), [listKey]);

  const move = (delta: number) => {
    if (tickets.length === 0) return;
    const next = Math.min(Math.max(active + delta, 0), tickets.length - 1);
    setActive(next);
    rows.current[next]?.scrollIntoView({ block: 'nearest' });
    rows.current[next]?.querySelector<HTMLAnchorElement>('a')?.focus();
  };
  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
  ]);
  // A focused link or button answers Enter itself.
  useHotkeys(
    [['Enter', () => tickets[active] && navigate(`/tickets/${tickets[active].id}`)]],
    ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'],
  );

  const { ref: sentinel, entry } = useIntersection({ rootMargin: '400px' });
  useEffect(() => {
    if (entry?.isIntersecting && list.hasNextPage && !list.isFetchingNextPage)
      void list.fetchNextPage();
  }, [entry?.isIntersecting, list]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{title}</Title>
          <Text size="sm" c="dimmed">
            {t('inbox.hint')}
          </Text>
        </div>
      </Group>
      <InboxFilters view={view} filters={filters} />
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common:state.loading')}>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Stack>
      ) : tickets.length === 0 ? (
        <EmptyState title={t('inbox.emptyTitle')}>{t('inbox.emptyText')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing="xs" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.priority')}</Table.Th>
                <Table.Th>{t('fields.number')}</Table.Th>
                <Table.Th>{t('fields.subject')}</Table.Th>
                <Table.Th>{t('fields.customer')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('fields.queue')}</Table.Th>
                <Table.Th>{t('fields.assignee')}</Table.Th>
                <Table.Th>{t('fields.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tickets.map((ticket, index) => (
                <Table.Tr
                  key={ticket.id}
                  ref={(el) => {
                    rows.current[index] = el;
                  }}
                  className={index === active ? 'kaiku-row-active' : undefined}
                  aria-selected={index === active}
                  onClick={() => setActive(index)}
                  data-testid="ticket-row"
                >
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <PriorityBadge priority={ticket.priority} />
                      {ticket.customerLosingMoney && <LosingMoneyBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {ticket.number}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/tickets/${ticket.id}`}
                      fw={ticket.status === 'new' ? 700 : 500}
                    >
                      {ticket.subject}
                    </Anchor>
                    {ticket.tags.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {ticket.tags.map((tag) => `#${tag}`).join(' ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{ticket.customer.name}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={ticket.status} />
                  </Table.Td>
                  <Table.Td>{ticket.queue?.name ?? '—'}</Table.Td>
                  <Table.Td>{ticket.assignee?.name ?? t('inbox.unassigned')}</Table.Td>
                  <Table.Td>
                    <Text size="sm" title={format.dateTime(ticket.createdAt)}>
                      {format.relative(ticket.createdAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <div ref={sentinel} />
      {list.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('common:state.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
