import { Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys, useIntersection } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { QueryState } from '@/components/QueryState';
import { useQueues } from '@/lib/api/lookups';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { ticketListOptions } from './api/queries';
import { InboxFilters } from './InboxFilters';
import { INBOX_COLUMNS, TicketTable } from './TicketTable';
import { filtersFromUrl } from './views';

export default function InboxPage() {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { view, filters } = filtersFromUrl(params);
  const queues = useQueues();
  const list = useInfiniteQuery(ticketListOptions(filters));
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
    [['Enter', () => tickets[active] && navigate(paths.ticket(tickets[active].id))]],
    ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'],
  );

  const { ref: sentinel, entry } = useIntersection({ rootMargin: '400px' });
  useEffect(() => {
    if (entry?.isIntersecting && list.hasNextPage && !list.isFetchingNextPage)
      void list.fetchNextPage();
  }, [entry?.isIntersecting, list]);

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{title}</Title>
        <Text size="sm" c="dimmed">
          {t('inbox.hint')}
        </Text>
      </div>
      <InboxFilters view={view} filters={filters} />
      <QueryState
        query={list}
        empty={tickets.length === 0}
        emptyTitle={t('inbox.emptyTitle')}
        emptyText={t('inbox.emptyText')}
        skeletonRows={8}
        skeletonHeight={36}
      >
        <Table.ScrollContainer minWidth={900}>
          <TicketTable
            tickets={tickets}
            columns={INBOX_COLUMNS}
            label={title}
            active={active}
            onSelect={setActive}
            rowRef={(index) => (el) => {
              rows.current[index] = el;
            }}
          />
        </Table.ScrollContainer>
      </QueryState>
      <div ref={sentinel} />
      <LoadMore query={list} />
    </Stack>
  );
}
