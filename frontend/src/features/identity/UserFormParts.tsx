import { Select } from '@mantine/core';
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
