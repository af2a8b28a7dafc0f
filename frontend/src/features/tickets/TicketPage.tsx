import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { LosingMoneyBadge, PriorityBadge, StatusBadge } from '@/components/TicketBadges';
import { isProblem } from '@/lib/api/problem';
import type { TicketView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { isTicketId, ticketOptions } from './api/queries';
import { useTicketUpdate } from './api/use-ticket-update';
import { Compensations, type CompensationApprovalSlot } from './Compensations';
import { ComplaintRecord } from './ComplaintRecord';
import { Composer } from './Composer';
import { Conversation } from './Conversation';
import { CustomerCard } from './CustomerCard';
import { Timeline } from './Timeline';
import { TicketProperties } from './TicketProperties';

/**
 * `aside` lets the route add panels of other features (the knowledge base) beside the ticket;
 * `compensationApproval` shows each compensation's approval (and the decision, for managers).
 */
export default function TicketPage({
  aside,
  compensationApproval,
}: {
  aside?: (ticket: TicketView) => ReactNode;
  compensationApproval?: CompensationApprovalSlot;
} = {}) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const id = Number(useParams().ticketId);
  const ticket = useQuery(ticketOptions(id));
  const updater = useTicketUpdate(ticket.data);
  usePageTitle(ticket.data ? `${ticket.data.number} ${ticket.data.subject}` : t('ticket.title'));

  if (!isTicketId(id) || isProblem(ticket.error, 'ticket.not-found')) {
    return (
      <Stack align="center" py="xl">
        <Title order={2}>{t('ticket.notFound')}</Title>
        <Anchor component={Link} to={paths.inbox()}>
          {t('ticket.backToInbox')}
        </Anchor>
      </Stack>
    );
  }
  if (ticket.error) return <ProblemAlert error={ticket.error} />;
  if (!ticket.data) return <PageLoader />;
  const data = ticket.data;
  const closed = data.status === 'closed';

  return (
    <Stack gap="md">
      <div>
        <Group gap="xs">
          <Text ff="monospace" c="dimmed">
            {data.number}
          </Text>
          <StatusBadge status={data.status} />
          <PriorityBadge priority={data.priority} />
          {data.customerLosingMoney && <LosingMoneyBadge />}
          <Badge variant="outline" color="gray">
            {t(`common:channel.${data.channel}`)}
          </Badge>
        </Group>
        <Title order={2} mt={4}>
          {data.subject}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ticket.opened', { when: format.dateTime(data.createdAt) })}
          {data.receivedBy && ` · ${t('ticket.receivedBy', { name: data.receivedBy.name })}`}
          {data.solvedAt && ` · ${t('ticket.solvedAt', { when: format.dateTime(data.solvedAt) })}`}
        </Text>
      </div>

      {updater.conflicted && (
        <Alert color="orange" title={t('conflict.title')} role="alert">
          <Text size="sm">{t('conflict.text')}</Text>
          <Group mt="sm" gap="sm">
            <Button size="xs" onClick={() => void updater.merge()}>
              {t('conflict.merge')}
            </Button>
            <Button size="xs" variant="default" onClick={() => void updater.reload()}>
              {t('conflict.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      <ProblemAlert error={updater.error} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ComplaintRecord ticket={data} updater={updater} />
            <Conversation ticketId={data.id} />
            {!closed && <Composer ticket={data} />}
            <Compensations ticket={data} approval={compensationApproval} />
            <Timeline ticketId={data.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <TicketProperties ticket={data} updater={updater} />
            <CustomerCard customer={data.customer} />
            {aside?.(data)}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
