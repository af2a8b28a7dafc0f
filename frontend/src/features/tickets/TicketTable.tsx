import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LosingMoneyIcon, PriorityIcon, StatusBadge } from '@/components/TicketBadges';
import type { TicketSummary } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { paths } from '@/lib/paths';

export type TicketColumn =
  'priority' | 'number' | 'subject' | 'customer' | 'status' | 'queue' | 'assignee' | 'created';

export const INBOX_COLUMNS: readonly TicketColumn[] = [
  'priority',
  'number',
  'subject',
  'customer',
  'status',
  'queue',
  'assignee',
  'created',
];

/** Short values that read wrong when broken over two lines. */
const NARROW = new Set<TicketColumn>(['priority', 'number', 'status', 'created']);

interface Props {
  tickets: TicketSummary[];
  columns: readonly TicketColumn[];
  label?: string;
  labelledBy?: string;
  /** The keyboard-selected row (inbox), with a ref per row to scroll and focus it. */
  active?: number;
  onSelect?: (index: number) => void;
  rowRef?: (index: number) => Ref<HTMLTableRowElement>;
}

/** The one ticket table: the inbox and a customer's history show the columns they need. */
export function TicketTable({
  tickets,
  columns,
  label,
  labelledBy,
  active,
  onSelect,
  rowRef,
}: Props) {
  const { t } = useTranslation('tickets');
  const format = useFormat();
  const header: Record<TicketColumn, string> = {
    priority: t('fields.priority'),
    number: t('fields.number'),
    subject: t('fields.subject'),
    customer: t('fields.customer'),
    status: t('fields.status'),
    queue: t('fields.queue'),
    assignee: t('fields.assignee'),
    created: t('fields.createdAt'),
  };
  const cell = (ticket: TicketSummary, column: TicketColumn) => {
    switch (column) {
      case 'priority':
        return (
          <Group gap={4} wrap="nowrap">
            <PriorityIcon priority={ticket.priority} />
            {ticket.customerLosingMoney && <LosingMoneyIcon />}
          </Group>
        );
      case 'number':
        return (
          <Text size="sm" ff="monospace" className="kaiku-nowrap">
            {ticket.number}
          </Text>
        );
      case 'subject':
        return (
          <>
            <Anchor
              component={Link}
              to={paths.ticket(ticket.id)}
              fw={ticket.status === 'new' ? 700 : 500}
            >
              {ticket.subject}
            </Anchor>
            {ticket.tags.length > 0 && (
              <Text size="xs" c="dimmed">
                {ticket.tags.map((tag) => `#${tag}`).join(' ')}
              </Text>
            )}
          </>
        );
      case 'customer':
        return ticket.customer.name;
      case 'status':
        return <StatusBadge status={ticket.status} />;
      case 'queue':
        return ticket.queue?.name ?? '—';
      case 'assignee':
        return ticket.assignee?.name ?? t('inbox.unassigned');
      case 'created':
        return (
          <Text
            size="sm"
            component="time"
            dateTime={ticket.createdAt}
            title={format.dateTime(ticket.createdAt)}
          >
            {format.relative(ticket.createdAt)}
          </Text>
        );
    }
  };

  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={label} aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column} className={NARROW.has(column) ? 'kaiku-nowrap' : undefined}>
              {column === 'priority' ? (
                <VisuallyHidden>{header[column]}</VisuallyHidden>
              ) : (
                header[column]
              )}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tickets.map((ticket, index) => (
          <Table.Tr
            key={ticket.id}
            ref={rowRef?.(index)}
            className={index === active ? 'kaiku-row-active' : undefined}
            aria-selected={active === undefined ? undefined : index === active}
            onClick={onSelect ? () => onSelect(index) : undefined}
            data-testid="ticket-row"
          >
            {columns.map((column) => (
              <Table.Td key={column} className={NARROW.has(column) ? 'kaiku-nowrap' : undefined}>
                {cell(ticket, column)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
