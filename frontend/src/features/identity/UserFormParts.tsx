import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect as SharedLanguageSelect } from '@/components/LanguageSelect';

export const PASSWORD_MIN = 10;

/** The account language picks the UI language at sign-in. */
export function LanguageSelect(props: {
  value?: string;
  onChange: (value: string) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation('admin');
  return (
    <SharedLanguageSelect
      label={t('users.language')}
      placeholder={t('users.languageDefault')}
      {...props}
    />
  );
}
