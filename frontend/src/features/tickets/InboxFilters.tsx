import { Button, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQueues, useStaff } from '@/lib/api/lookups';
import { CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from '@/lib/api/types';
import { ChoiceFilter } from './ChoiceFilter';
import type { TicketFilters, View } from './views';

/** Every filter lives in the URL, so a filtered inbox can be bookmarked, shared and reloaded. */
export function InboxFilters({ view, filters }: { view: View; filters: TicketFilters }) {
  const { t } = useTranslation('tickets');
  const [params, setParams] = useSearchParams();
  const queues = useQueues();
  const staff = useStaff();
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);

  const set = (name: string, value: string | string[] | null) => {
    const next = new URLSearchParams(params);
    next.delete(name);
    for (const v of Array.isArray(value) ? value : value ? [value] : []) next.append(name, v);
    setParams(next, { replace: true });
  };
  // In a queue's view the queue is the view itself, not a filter to clear.
  const keep: Record<string, string> =
    view === 'queue' && filters.queueId ? { view, queueId: String(filters.queueId) } : { view };
  const clear = () => setParams(new URLSearchParams(keep));
  const filtered = [...params.keys()].some((name) => !(name in keep));

  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        set('q', text.trim() || null);
      }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={t('filters.text')}
          placeholder={t('filters.textPlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onBlur={() => text.trim() !== (filters.q ?? '') && set('q', text.trim() || null)}
          w={220}
        />
        <ChoiceFilter
          label={t('fields.status')}
          options={TICKET_STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) }))}
          value={filters.status}
          onChange={(value) => set('status', value)}
          w={190}
        />
        <ChoiceFilter
          label={t('fields.priority')}
          options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`common:priority.${p}`) }))}
          value={filters.priority}
          onChange={(value) => set('priority', value)}
          w={150}
        />
        <Select
          label={t('fields.queue')}
          data={(queues.data ?? []).map((q) => ({ value: String(q.id), label: q.name }))}
          value={filters.queueId ? String(filters.queueId) : null}
          onChange={(value) => set('queueId', value)}
          w={160}
          clearable
        />
        <Select
          label={t('fields.assignee')}
          data={[
            { value: 'me', label: t('filters.me') },
            { value: 'unassigned', label: t('inbox.unassigned') },
            ...(staff.data ?? []).map((u) => ({ value: String(u.id), label: u.name })),
          ]}
          value={filters.assignee ?? null}
          onChange={(value) => set('assignee', value)}
          w={170}
          clearable
          searchable
        />
        <Select
          label={t('fields.channel')}
          data={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
          value={filters.channel ?? null}
          onChange={(value) => set('channel', value)}
          w={140}
          clearable
        />
        <TextInput
          label={t('fields.tag')}
          defaultValue={filters.tag ?? ''}
          key={filters.tag ?? ''}
          onBlur={(event) => set('tag', event.currentTarget.value.trim() || null)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              set('tag', event.currentTarget.value.trim() || null);
            }
          }}
          w={120}
        />
        <Button type="submit" variant="light">
          {t('common:actions.search')}
        </Button>
        {filtered && (
          <Button variant="subtle" onClick={clear}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}
