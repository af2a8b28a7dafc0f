import { Button, Paper, Select, Stack, Switch, TagsInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES, type TicketView } from '@/lib/api/types';
import { useQueues, useStaff } from '@/lib/api/lookups';
import { useSession } from '@/lib/auth/use-session';
import type { useTicketUpdate } from './api/use-ticket-update';

type Updater = ReturnType<typeof useTicketUpdate>;

/** The controls agents change most; each change is saved at once. */
export function TicketProperties({ ticket, updater }: { ticket: TicketView; updater: Updater }) {
  const { t } = useTranslation('tickets');
  const session = useSession();
  const queues = useQueues();
  const staff = useStaff();
  const closed = ticket.status === 'closed';
  const disabled = closed || updater.saving || !!updater.conflicted;
  const save = (change: Parameters<Updater['update']>[0]) =>
    void updater.update(change).catch(() => undefined);
  const staffOptions = (staff.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  // Keep the current people selectable even if they are no longer active staff.
  for (const person of [ticket.assignee, ticket.receivedBy]) {
    if (person && !staffOptions.some((o) => o.value === String(person.id))) {
      staffOptions.push({ value: String(person.id), label: person.name });
    }
  }
  const me = session?.user.id;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ticket-properties">
      <Title order={3} size="h4" id="ticket-properties" mb="sm">
        {t('properties.title')}
      </Title>
      <Stack gap="sm">
        <Select
          label={t('fields.status')}
          data={TICKET_STATUSES.filter((s) => s !== 'new' || ticket.status === 'new').map((s) => ({
            value: s,
            label: t(`common:status.${s}`),
            disabled: s === 'closed' && ticket.status !== 'solved' && ticket.status !== 'closed',
          }))}
          value={ticket.status}
          onChange={(value) =>
            value && value !== ticket.status && save({ status: value as TicketView['status'] })
          }
          allowDeselect={false}
          disabled={disabled}
        />
        <Select
          label={t('fields.priority')}
          data={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`common:priority.${p}`) }))}
          value={ticket.priority}
          onChange={(value) =>
            value &&
            value !== ticket.priority &&
            save({ priority: value as TicketView['priority'] })
          }
          allowDeselect={false}
          disabled={disabled || ticket.customerLosingMoney}
          description={ticket.customerLosingMoney ? t('common:losingMoney.hint') : undefined}
        />
        <Switch
          label={t('common:losingMoney.label')}
          checked={ticket.customerLosingMoney}
          onChange={(event) => save({ customerLosingMoney: event.currentTarget.checked })}
          disabled={disabled}
        />
        <Select
          label={t('fields.assignee')}
          data={staffOptions}
          value={ticket.assignee ? String(ticket.assignee.id) : null}
          onChange={(value) => save({ assigneeId: value ? Number(value) : null })}
          placeholder={t('inbox.unassigned')}
          clearable
          searchable
          disabled={disabled}
        />
        {me !== undefined && ticket.assignee?.id !== me && (
          <Button
            variant="light"
            size="xs"
            onClick={() => save({ assigneeId: me })}
            disabled={disabled}
          >
            {t('properties.assignToMe')}
          </Button>
        )}
        <Select
          label={t('fields.queue')}
          data={(queues.data ?? []).map((q) => ({ value: String(q.id), label: q.name }))}
          value={ticket.queue ? String(ticket.queue.id) : null}
          onChange={(value) => save({ queueId: value ? Number(value) : null })}
          clearable
          disabled={disabled}
        />
        <TagsInput
          label={t('fields.tags')}
          value={ticket.tags}
          onChange={(tags) => save({ tags })}
          maxTags={20}
          clearable
          disabled={disabled}
        />
        <Select
          label={t('fields.channel')}
          data={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
          value={ticket.channel}
          onChange={(value) =>
            value && value !== ticket.channel && save({ channel: value as TicketView['channel'] })
          }
          allowDeselect={false}
          disabled={disabled}
        />
        <Select
          label={t('fields.receivedBy')}
          data={staffOptions}
          value={ticket.receivedBy ? String(ticket.receivedBy.id) : null}
          onChange={(value) => save({ receivedById: value ? Number(value) : null })}
          clearable
          searchable
          disabled={disabled}
        />
      </Stack>
    </Paper>
  );
}
