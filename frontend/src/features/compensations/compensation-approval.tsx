import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { CompensationView } from '@/lib/api/types';
import { hasRole } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { useFormat } from '@/lib/format';
import { useDecision } from './api/use-decision';

const COLORS = {
  not_required: 'gray',
  pending: 'yellow',
  approved: 'green',
  rejected: 'red',
} as const;

// The dot variant keeps the word at full contrast; a badge is as wide as its word in every language.
const whole = { root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } };

/** Where a compensation stands with its approval, and for managers the decision on it. */
export function CompensationApproval({
  compensation,
  onChanged,
}: {
  compensation: CompensationView;
  /** Called after a decision, so the screen can refresh what it shows. */
  onChanged?: () => void;
}) {
  const { t } = useTranslation('compensations');
  const format = useFormat();
  const session = useSession();
  const decision = useDecision(() => onChanged?.());
  const { approval, decidedBy, decidedAt } = compensation;

  return (
    <Stack gap={4} align="flex-start">
      {approval === 'not_required' ? (
        <Text size="sm" c="dimmed">
          {t('approval.not_required')}
        </Text>
      ) : (
        <Badge variant="dot" color={COLORS[approval]} styles={whole}>
          {t(`approval.${approval}`)}
        </Badge>
      )}
      {(approval === 'approved' || approval === 'rejected') && decidedBy && (
        <Text size="xs" c="dimmed">
          {decidedAt
            ? t('approval.decided', { name: decidedBy.name, when: format.dateTime(decidedAt) })
            : t('approval.decidedBy', { name: decidedBy.name })}
        </Text>
      )}
      {approval === 'pending' && hasRole(session?.user, 'manager') && (
        <DecisionButtons compensation={compensation} decision={decision} />
      )}
      <ProblemAlert error={decision.error} />
    </Stack>
  );
}

/** Approve and Reject, named for the compensation so that a screen reader hears which. */
export function DecisionButtons({
  compensation,
  decision,
}: {
  compensation: CompensationView;
  decision: ReturnType<typeof useDecision>;
}) {
  const { t } = useTranslation('compensations');
  const format = useFormat();
  const what =
    compensation.amount !== undefined && compensation.currency
      ? format.money(compensation.amount, compensation.currency)
      : t(`tickets:compensations.kinds.${compensation.kind}`);
  const deciding = decision.isPending ? decision.variables?.decision : undefined;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        loading={deciding === 'approve'}
        disabled={decision.isPending}
        aria-label={t('actions.approveNamed', { what, number: compensation.ticketNumber })}
        onClick={() => decision.mutate({ id: compensation.id, decision: 'approve' })}
      >
        {t('actions.approve')}
      </Button>
      <Button
        size="xs"
        variant="default"
        loading={deciding === 'reject'}
        disabled={decision.isPending}
        aria-label={t('actions.rejectNamed', { what, number: compensation.ticketNumber })}
        onClick={() => decision.mutate({ id: compensation.id, decision: 'reject' })}
      >
        {t('actions.reject')}
      </Button>
    </Group>
  );
}
