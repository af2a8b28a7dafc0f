import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { StatusBadge } from '@/components/TicketBadges';
import { isProblem } from '@/lib/api/problem';
import type { PortalTicketView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { PortalConversation } from './PortalConversation';
import { PortalReplyForm } from './PortalReplyForm';
import { isRequestId, portalRequestOptions } from './api/queries';

export default function PortalRequestPage() {
  const { t } = useTranslation('portal');
  const id = Number(useParams().requestId);
  const request = useQuery(portalRequestOptions(id));
  // Someone else's request answers 404 too: to this customer it simply does not exist.
  const notFound = !isRequestId(id) || (isProblem(request.error) && request.error.status === 404);
  usePageTitle(notFound ? t('request.notFound') : (request.data?.subject ?? t('request.title')));

  if (notFound) {
    return (
      <Stack align="center" py="xl" gap="xs">
        <Title order={2}>{t('request.notFound')}</Title>
        <Text c="dimmed">{t('request.notFoundText')}</Text>
        <Anchor component={Link} to={paths.portal()}>
          {t('request.back')}
        </Anchor>
      </Stack>
    );
  }
  if (request.error) return <ProblemAlert error={request.error} />;
  if (!request.data) return <PageLoader />;
  const data = request.data;

  return (
    <Stack gap="md">
      <RequestHeader request={data} />
      <PortalConversation requestId={data.id} />
      {data.status === 'closed' ? (
        <Text size="sm" c="dimmed">
          {t('request.closed')}{' '}
          <Anchor component={Link} to={paths.portalNewRequest()}>
            {t('list.new')}
          </Anchor>
        </Text>
      ) : (
        <PortalReplyForm requestId={data.id} status={data.status} />
      )}
    </Stack>
  );
}

function RequestHeader({ request }: { request: PortalTicketView }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <>
      <div>
        <Group gap="xs">
          <Text ff="monospace" c="dimmed">
            {request.number}
          </Text>
          <StatusBadge status={request.status} />
          {request.queue && (
            <Badge variant="outline" color="gray">
              {request.queue.name}
            </Badge>
          )}
        </Group>
        <Title order={2} mt={4}>
          {request.subject}
        </Title>
        <Text size="sm" c="dimmed">
          {t('request.submitted', { when: format.dateTime(request.createdAt) })}
          {request.solvedAt &&
            ` · ${t('request.solved', { when: format.dateTime(request.solvedAt) })}`}
        </Text>
      </div>
      {request.promisedBy && (
        <Paper withBorder p="sm" bg="var(--mantine-color-kaiku-light)">
          <Text size="sm" fw={600}>
            {t('request.promisedBy', { when: format.due(request.promisedBy) })}
          </Text>
        </Paper>
      )}
      {request.description && (
        <Paper withBorder p="md" component="section" aria-label={t('request.description')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.description}
          </Text>
        </Paper>
      )}
    </>
  );
}
