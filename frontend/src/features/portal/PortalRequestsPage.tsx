import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { QueryState } from '@/components/QueryState';
import { StatusBadge } from '@/components/TicketBadges';
import { useFormat } from '@/lib/format';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { portalRequestsOptions } from './api/queries';

export default function PortalRequestsPage() {
  const { t } = useTranslation('portal');
  const format = useFormat();
  usePageTitle(t('list.title'));
  const list = useInfiniteQuery(portalRequestsOptions());
  const requests = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        <Button component={Link} to={paths.portalNewRequest()} variant="light">
          {t('list.new')}
        </Button>
      </Group>
      <QueryState
        query={list}
        empty={requests.length === 0}
        emptyTitle={t('list.emptyTitle')}
        emptyText={t('list.emptyText')}
        loading={
          <Stack gap="xs" aria-busy="true" aria-label={t('common:state.loading')}>
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} height={64} />
            ))}
          </Stack>
        }
      >
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
                  <Anchor component={Link} to={paths.portalRequest(request.id)} fw={600}>
                    {request.subject}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {request.number} ·{' '}
                    {t('list.updated', { when: format.relative(request.updatedAt) })}
                    {request.promisedBy &&
                      ` · ${t('list.promisedBy', { when: format.due(request.promisedBy) })}`}
                  </Text>
                </div>
                <StatusBadge status={request.status} />
              </Group>
            </Paper>
          ))}
        </Stack>
      </QueryState>
      <LoadMore query={list} />
    </Stack>
  );
}
