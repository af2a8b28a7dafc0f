import { Badge, ThemeIcon, Tooltip, type MantineColor } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronsUp,
  IconChevronUp,
  IconCoinOff,
  IconEqual,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
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

// Shades that keep white text and the icon at AA contrast on light backgrounds.
const priorityColor: Record<TicketPriority, MantineColor> = {
  urgent: 'red.9',
  high: 'orange.9',
  normal: 'gray.7',
  low: 'gray.6',
};

const priorityIcon: Record<TicketPriority, ComponentType<{ size?: number }>> = {
  urgent: IconChevronsUp,
  high: IconChevronUp,
  normal: IconEqual,
  low: IconChevronDown,
};

// Words never truncate: a badge is as wide as its word in every language.
const whole = { root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } };

/** Colour backs up the word, never replaces it; the dot variant keeps the text at full contrast. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="dot" styles={whole}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={priority === 'urgent' ? 'red.9' : priorityColor[priority]}
      variant={priority === 'urgent' ? 'filled' : 'dot'}
      styles={whole}
    >
      {t(`priority.${priority}`)}
    </Badge>
  );
}

export function LosingMoneyBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" leftSection="€" styles={whole}>
      {t('losingMoney.short')}
    </Badge>
  );
}

/** For dense lists: an icon whose name (and tooltip) is the priority. */
export function PriorityIcon({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  const Icon = priorityIcon[priority];
  const label = t('priority.label', { priority: t(`priority.${priority}`) });
  return (
    <Tooltip label={label} withArrow>
      <ThemeIcon
        role="img"
        aria-label={label}
        size="sm"
        radius="sm"
        color={priorityColor[priority]}
        variant={priority === 'urgent' || priority === 'high' ? 'filled' : 'outline'}
      >
        <Icon size={14} aria-hidden />
      </ThemeIcon>
    </Tooltip>
  );
}

export function LosingMoneyIcon() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('losingMoney.label')} withArrow>
      <ThemeIcon
        role="img"
        aria-label={t('losingMoney.short')}
        size="sm"
        radius="sm"
        color="red.9"
        variant="filled"
      >
        <IconCoinOff size={14} aria-hidden />
      </ThemeIcon>
    </Tooltip>
  );
}
