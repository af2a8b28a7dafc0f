import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketPriority, TicketStatus } from '@/lib/api/types';

const statusColor: Record<TicketStatus, MantineColor> = {
  new: 'yellow',
  open: 'red',
  pending: 'blue',
  on_hold: 'gray',
  solved: 'green',
  closed: 'dark',
};

const priorityColor: Record<TicketPriority, MantineColor> = {
  urgent: 'red',
  high: 'orange',
  normal: 'gray',
  low: 'gray',
};

/** Colour backs up the word, never replaces it; the dot variant keeps the text at full contrast. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="dot">
      {t(`status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <Badge color={priorityColor[priority]} variant={priority === 'urgent' ? 'filled' : 'dot'}>
      {t(`priority.${priority}`)}
    </Badge>
  );
}

export function LosingMoneyBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" leftSection="€">
      {t('losingMoney.short')}
    </Badge>
  );
}
