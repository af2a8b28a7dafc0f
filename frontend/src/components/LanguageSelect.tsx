import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { languageName, languages } from '@/lib/i18n';

/** One of the languages Kaiku speaks, each named in itself; empty means "the browser's". */
export function LanguageSelect(props: {
  label: string;
  placeholder?: string;
  description?: string;
  value?: string | null;
  onChange: (value: string) => void;
  error?: ReactNode;
}) {
  return (
    <Select
      label={props.label}
      placeholder={props.placeholder}
      description={props.description}
      data={languages.map((l) => ({ value: l, label: languageName(l) }))}
      clearable
      value={props.value || null}
      onChange={(value) => props.onChange(value ?? '')}
      error={props.error}
    />
  );
}
