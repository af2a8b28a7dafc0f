import {
  Badge,
  Button,
  Code,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { LoadMore } from '@/components/LoadMore';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryState } from '@/components/QueryState';
import { api } from '@/lib/api/client';
import { isProblem, unwrap } from '@/lib/api/problem';
import type { OutboxConsumerView, OutboxFailureView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { consumersOptions, failuresOptions, outboxKeys, type FailureFilter } from './api/queries';

type Consumer = OutboxConsumerView;
type Failure = OutboxFailureView;

const FILTERS = ['all', 'retrying', 'dead'] as const satisfies readonly FailureFilter[];

/** How a consumer is doing, from its counts: given up on events, retrying some, behind, or current. */
const consumerState = (c: Consumer) =>
  c.dead > 0 ? 'dead' : c.retrying > 0 ? 'retrying' : c.waiting > 0 ? 'behind' : 'current';
const STATE_COLORS = { dead: 'red', retrying: 'orange', behind: 'blue', current: 'green' } as const;
// The dot variant keeps the word at full contrast; a badge is as wide as its word in every language.
const whole = { root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } };
const STATE_COUNTS = { dead: 'dead', retrying: 'retrying', behind: 'waiting' } as const;

/** For admins: how the event consumers keep up, and the events they could not handle. */
export default function OutboxPage() {
  const { t } = useTranslation('outbox');
  usePageTitle(t('title'));
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
      </div>
      <Consumers />
      <Failures />
    </Stack>
  );
}

function Consumers() {
  const { t } = useTranslation('outbox');
  const format = useFormat();
  const consumers = useQuery(consumersOptions());
  return (
    <section aria-labelledby="outbox-consumers">
      <Title order={3} size="h4" id="outbox-consumers" mb="sm">
        {t('consumers.title')}
      </Title>
      <QueryState
        query={consumers}
        empty={consumers.data?.length === 0}
        emptyTitle={t('consumers.empty')}
        skeletonHeight={120}
      >
        <Table.ScrollContainer minWidth={800}>
          <Table aria-labelledby="outbox-consumers" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('consumers.name')}</Table.Th>
                <Table.Th scope="col">{t('consumers.state')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('consumers.processed')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('consumers.waiting')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('consumers.retrying')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('consumers.dead')}
                </Table.Th>
                <Table.Th scope="col">{t('consumers.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consumers.data?.map((consumer) => {
                const state = consumerState(consumer);
                return (
                  <Table.Tr key={consumer.name}>
                    <Table.Th scope="row">
                      <Code>{consumer.name}</Code>
                    </Table.Th>
                    <Table.Td>
                      <Badge variant="dot" color={STATE_COLORS[state]} styles={whole}>
                        {state === 'current'
                          ? t('consumers.states.current')
                          : t(`consumers.states.${state}`, {
                              count: consumer[STATE_COUNTS[state]],
                            })}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{format.number(consumer.processed)}</Table.Td>
                    <Table.Td ta="right">{format.number(consumer.waiting)}</Table.Td>
                    <Table.Td ta="right">{format.number(consumer.retrying)}</Table.Td>
                    <Table.Td ta="right">{format.number(consumer.dead)}</Table.Td>
                    <Table.Td>{format.dateTime(consumer.updatedAt)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
    </section>
  );
}

function Failures() {
  const { t } = useTranslation('outbox');
  const format = useFormat();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<FailureFilter>('all');
  const [discarding, setDiscarding] = useState<Failure | null>(null);
  const failures = useInfiniteQuery(failuresOptions(filter));
  const rows = failures.data?.pages.flatMap((page) => page.items) ?? [];
  const refresh = () => void queryClient.invalidateQueries({ queryKey: outboxKeys.all });
  // Handled or discarded meanwhile (by the dispatcher or another admin): show the list as it is.
  const refreshIfGone = (error: unknown) => {
    if (isProblem(error, 'outbox.failure-not-found')) refresh();
  };

  const retry = useMutation({
    mutationFn: async (failure: Failure) =>
      unwrap(
        await api.POST('/api/v1/outbox/failures/{id}/retry', {
          params: { path: { id: failure.id } },
        }),
      ),
    onSuccess: (result, failure) => {
      notifications.show(
        result.delivered
          ? { color: 'green', message: t('failures.delivered', { event: failure.eventType }) }
          : {
              color: 'orange',
              message: t('failures.failedAgain', {
                event: failure.eventType,
                error: result.failure?.lastError ?? failure.lastError,
              }),
            },
      );
      refresh();
    },
    onError: refreshIfGone,
  });
  const discard = useMutation({
    mutationFn: async (failure: Failure) =>
      unwrap(
        await api.DELETE('/api/v1/outbox/failures/{id}', {
          params: { path: { id: failure.id } },
        }),
      ),
    onSuccess: (_, failure) => {
      setDiscarding(null);
      notifications.show({
        color: 'green',
        message: t('failures.discarded', { event: failure.eventType }),
      });
      refresh();
    },
    onError: refreshIfGone,
  });

  return (
    <section aria-labelledby="outbox-failures">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="outbox-failures">
          {t('failures.title')}
        </Title>
        <SegmentedControl
          aria-label={t('failures.filter')}
          value={filter}
          onChange={(value) => setFilter(value as FailureFilter)}
          data={FILTERS.map((f) => ({ value: f, label: t(`failures.filters.${f}`) }))}
        />
      </Group>
      <ProblemAlert error={retry.error} />
      <QueryState
        query={failures}
        empty={rows.length === 0}
        emptyTitle={t('failures.empty')}
        emptyText={t('failures.emptyText')}
        skeletonRows={3}
      >
        <Table.ScrollContainer minWidth={1000}>
          <Table aria-labelledby="outbox-failures" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('failures.consumer')}</Table.Th>
                <Table.Th scope="col">{t('failures.event')}</Table.Th>
                <Table.Th scope="col">{t('failures.state')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('failures.attempts')}
                </Table.Th>
                <Table.Th scope="col">{t('failures.lastError')}</Table.Th>
                <Table.Th scope="col">{t('failures.nextAttempt')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('failures.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((failure) => (
                <Table.Tr key={failure.id}>
                  <Table.Td>
                    <Code>{failure.consumer}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {failure.eventType}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {failure.subjectId !== undefined
                        ? t('failures.subject', {
                            topic: failure.topic,
                            id: failure.subjectId,
                            eventId: failure.eventId,
                          })
                        : t('failures.eventId', { eventId: failure.eventId })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('failures.occurredAt', { when: format.dateTime(failure.occurredAt) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={failure.dead ? 'red' : 'orange'} styles={whole}>
                      {t(failure.dead ? 'failures.dead' : 'failures.retrying')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{format.number(failure.attempts)}</Table.Td>
                  <Table.Td maw={360}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {failure.lastError}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('failures.lastFailedAt', { when: format.dateTime(failure.lastFailedAt) })}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {failure.dead ? t('failures.noNextAttempt') : format.due(failure.nextAttemptAt)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        loading={retry.isPending && retry.variables?.id === failure.id}
                        onClick={() => retry.mutate(failure)}
                        aria-label={t('failures.retryNamed', {
                          event: failure.eventType,
                          consumer: failure.consumer,
                        })}
                      >
                        {t('failures.retry')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          discard.reset();
                          setDiscarding(failure);
                        }}
                        aria-label={t('failures.discardNamed', {
                          event: failure.eventType,
                          consumer: failure.consumer,
                        })}
                      >
                        {t('failures.discard')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore query={failures} />
      </QueryState>
      <Modal
        opened={!!discarding}
        onClose={() => setDiscarding(null)}
        title={t('failures.discardTitle')}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('failures.discardConfirm', {
              event: discarding?.eventType,
              consumer: discarding?.consumer,
            })}
          </Text>
          <ProblemAlert error={discard.error} />
          <FormActions
            submitLabel={t('failures.discard')}
            pending={discard.isPending}
            onCancel={() => setDiscarding(null)}
            onSubmit={() => discarding && discard.mutate(discarding)}
            color="red"
          />
        </Stack>
      </Modal>
    </section>
  );
}
