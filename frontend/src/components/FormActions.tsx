import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
  /** A confirmation (delete, revoke) has no form to submit: the button acts by itself. */
  onSubmit?: () => void;
  color?: MantineColor;
  justify?: 'flex-end' | 'flex-start';
}

/** The footer of every form and confirmation: cancel beside the one action, which shows progress. */
export function FormActions({
  submitLabel,
  pending,
  onCancel,
  onSubmit,
  color,
  justify = 'flex-end',
}: Props) {
  const { t } = useTranslation();
  return (
    <Group justify={justify} gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common:actions.cancel')}
      </Button>
      <Button
        type={onSubmit ? 'button' : 'submit'}
        onClick={onSubmit}
        loading={pending}
        color={color}
      >
        {submitLabel}
      </Button>
    </Group>
  );
}
