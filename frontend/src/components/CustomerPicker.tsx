import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerSearchOptions } from '@/lib/api/lookups';
import type { CustomerView } from '@/lib/api/types';

interface Props {
  label: string;
  value: CustomerView | null;
  onChange: (customer: CustomerView | null) => void;
  onSearchChange?: (text: string) => void;
  error?: string | null;
  required?: boolean;
}

const describe = (c: CustomerView) => [c.name, c.email, c.phone].filter(Boolean).join(' · ');

/** Finds a customer by name, email or phone while the agent types. */
export function CustomerPicker({ label, value, onChange, onSearchChange, error, required }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const typing = debounced.length >= 2 && (!value || debounced !== describe(value));
  const results = useQuery(customerSearchOptions(debounced, typing));
  const options = [...(value ? [value] : []), ...(typing ? (results.data ?? []) : [])].filter(
    (c, i, all) => all.findIndex((o) => o.id === c.id) === i,
  );

  return (
    <Select
      label={label}
      required={required}
      error={error}
      searchable
      clearable
      placeholder={t('customerPicker.placeholder')}
      nothingFoundMessage={
        typing && !results.isFetching ? t('customerPicker.nothingFound') : undefined
      }
      data={options.map((c) => ({ value: String(c.id), label: describe(c) }))}
      // The server already matched; the list must not be filtered again by the label.
      filter={({ options: all }) => all}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text);
        onSearchChange?.(text);
      }}
      onChange={(id) => onChange(options.find((c) => String(c.id) === id) ?? null)}
      rightSection={results.isFetching ? <Loader size="xs" /> : undefined}
    />
  );
}
