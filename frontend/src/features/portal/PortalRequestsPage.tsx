import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { StatusBadge } from '@/components/TicketBadges';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { portalKeys } from './queries';

export default function PortalRequestsPage() {
  const { t } = useTranslation('portal');
  const format = useFormat();
  usePageTitle(t('list.title'));
  const list = useInfiniteQuery({
    queryKey: portalKeys.list,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/portal/tickets', {
          params: { query: { cursor: pageParam, limit: 25 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
  const requests = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        <Button component={Link} to="/portal/requests/new" variant="light">
          {t('list.new')}
        </Button>
      </Group>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Stack gap="xs">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} height={64} />
          ))}
        </Stack>
      ) : !list.data ? null : requests.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')}>{t('list.emptyText')}</EmptyState>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          aria-label={t('list.title')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {requests.map((request) => (
            <Paper key={request.id} withBorder p="sm" component="li">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Anchor component={Link} to={`/portal/requests/${request.id}`} fw={600}>
                    {request.subject}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {request.number} ·{' '}
                    {t('list.updated', { when: format.relative(request.updatedAt) })}
                    {request.promisedBy &&
                      ` · ${t('list.promisedBy', { when: format.dateTime(request.promisedBy) })}`}
                  </Text>
                </div>
                <StatusBadge status={request.status} />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
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
