import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { recurringOptions, selfServiceOptions } from '../api/queries';
import { kbPaths } from '../paths';

export default function KnowledgeReportsPage() {
  const { t } = useTranslation('knowledge-base');
  const format = useFormat();
  usePageTitle(t('reports.title'));
  const recurring = useQuery(recurringOptions(30));
  const selfService = useQuery(selfServiceOptions(30));
  const s = selfService.data;
  return (
    <Stack gap="md">
      <Title order={2}>{t('reports.title')}</Title>
      <ProblemAlert error={recurring.error ?? selfService.error} />
      {s && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure
            label={t('reports.deflectionRate')}
            value={s.deflectionRate == null ? '—' : `${Math.round(s.deflectionRate * 100)} %`}
          />
          <Figure label={t('reports.deflections')} value={format.number(s.deflections)} />
          <Figure
            label={t('reports.submittedAnyway')}
            value={format.number(s.submittedAfterSuggestions)}
          />
          <Figure label={t('reports.views')} value={format.number(s.views)} />
        </SimpleGrid>
      )}
      <Title order={3} size="h4">
        {t('reports.recurring')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('reports.recurringHint', { count: recurring.data?.ticketsConsidered ?? 0 })}
      </Text>
      {recurring.data?.clusters.map((cluster, i) => (
        <Paper key={i} withBorder p="sm">
          <Group gap="xs">
            <Badge>{t('reports.tickets', { count: cluster.size })}</Badge>
            {cluster.terms.map((term) => (
              <Badge key={term} variant="outline" color="gray">
                {term}
              </Badge>
            ))}
          </Group>
          <Stack gap={2} mt={4}>
            {cluster.examples.map((ticket) => (
              <Group key={ticket.id} gap="xs">
                <Anchor component={Link} to={`/tickets/${ticket.id}`} size="sm">
                  {ticket.number} {ticket.subject}
                </Anchor>
                <Anchor component={Link} to={kbPaths.articleFromTicket(ticket.id)} size="xs">
                  {t('agent.createArticle')}
                </Anchor>
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
      {s && s.readBeforeRequests.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('reports.readBefore')}
          </Title>
          {s.readBeforeRequests.map((r) => (
            <Text key={r.articleId} size="sm">
              <Anchor component={Link} to={kbPaths.article(r.articleId)}>
                {r.title}
              </Anchor>{' '}
              · {t('reports.requests', { count: r.requests })}
            </Text>
          ))}
        </>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}
