import { Skeleton, Text, Timeline as MantineTimeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { components } from '@/lib/api/schema';
import type { TicketEventView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { eventsOptions } from './api/queries';

type EventValue = components['schemas']['TicketEventValue'];

/** Actions taken: every change to the ticket, who made it and when, oldest first. */
export function Timeline({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const events = useQuery(eventsOptions(ticketId));

  /** A value as people read it: its kind says how (a person's name, a date, money, a status). */
  const show = (value: EventValue | null | undefined): string => {
    if (!value) return t('timeline.nothing');
    switch (value.kind) {
      case 'status':
        return t(`common:status.${value.text}`, { defaultValue: value.text ?? '' });
      case 'priority':
        return t(`common:priority.${value.text}`, { defaultValue: value.text ?? '' });
      case 'channel':
        return t(`common:channel.${value.text}`, { defaultValue: value.text ?? '' });
      case 'compensationKind':
        return t(`compensations.kinds.${value.text}`, { defaultValue: value.text ?? '' });
      case 'datetime':
        return format.dateTime(value.datetime);
      case 'date':
        return format.date(value.date);
      case 'flag':
        return value.flag ? t('timeline.yes') : t('timeline.no');
      case 'tags':
        return value.tags?.length ? value.tags.join(', ') : t('timeline.nothing');
      case 'user':
      case 'queue':
      case 'customer':
        return value.name ?? `#${value.id}`;
      case 'money':
        return value.amount !== undefined && value.currency
          ? format.money(value.amount, value.currency)
          : t('timeline.nothing');
      default:
        return value.text ?? t('timeline.nothing');
    }
  };

  const describe = (event: TicketEventView) =>
    t(`timeline.${event.type}`, {
      field: event.field ? t(`fields.${event.field}`, { defaultValue: event.field }) : '',
      from: show(event.from),
      to: show(event.to),
      defaultValue: event.type,
    });

  return (
    <section aria-labelledby="timeline">
      <Title order={3} size="h4" id="timeline" mb="sm">
        {t('timeline.title')}
      </Title>
      <ProblemAlert error={events.error} />
      {events.isPending ? (
        <Skeleton height={60} />
      ) : (
        <MantineTimeline bulletSize={12} lineWidth={2}>
          {events.data?.map((event) => (
            <MantineTimeline.Item key={event.id} title={describe(event)}>
              <Text size="xs" c="dimmed">
                {event.actor.type === 'system' ? t('timeline.system') : event.actor.name} ·{' '}
                {format.dateTime(event.createdAt)}
              </Text>
            </MantineTimeline.Item>
          ))}
        </MantineTimeline>
      )}
    </section>
  );
}
