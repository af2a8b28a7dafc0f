import { Button, Group, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '@/lib/i18n';

export const PASSWORD_MIN = 10;

/** Only languages the UI speaks: the account language picks the UI language at sign-in. */
export function LanguageSelect(props: {
  value?: string;
  onChange: (value: string) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation('admin');
  const options = [...new Set([...languages, ...(props.value ? [props.value] : [])])];
  return (
    <Select
      label={t('users.language')}
      placeholder={t('users.languageDefault')}
      data={options.map((l) => ({
        value: l,
        label: t(`common:languages.${l}`, { defaultValue: l }),
      }))}
      clearable
      value={props.value || null}
      onChange={(value) => props.onChange(value ?? '')}
      error={props.error}
    />
  );
}

export function FormButtons({
  pending,
  submitLabel,
  onCancel,
}: {
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
