import { Skeleton, Text, Timeline as MantineTimeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { TicketEventView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { eventsOptions } from './api/queries';

/** Actions taken: every change to the ticket, who made it and when, oldest first. */
export function Timeline({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const events = useQuery(eventsOptions(ticketId));

  const describe = (event: TicketEventView) => {
    const value = (raw: string | undefined) => {
      if (!raw) return t('timeline.nothing');
      if (event.type === 'status_changed') return t(`common:status.${raw}`, { defaultValue: raw });
      if (event.type === 'priority_changed')
        return t(`common:priority.${raw}`, { defaultValue: raw });
      if (event.field === 'channel') return t(`common:channel.${raw}`, { defaultValue: raw });
      if (event.field === 'promisedBy' || event.field === 'followUpAt') return format.dateTime(raw);
      return raw;
    };
    return t(`timeline.${event.type}`, {
      field: event.field ? t(`fields.${event.field}`, { defaultValue: event.field }) : '',
      from: value(event.oldValue),
      to: value(event.newValue),
      defaultValue: event.type,
    });
  };

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
                {event.actor?.name ?? t('timeline.system')} · {format.dateTime(event.createdAt)}
              </Text>
            </MantineTimeline.Item>
          ))}
        </MantineTimeline>
      )}
    </section>
  );
}
