import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { kbPaths } from '../paths';

export function SearchBox({ language, initial = '' }: { language: string; initial?: string }) {
  const { t } = useTranslation('knowledge-base');
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (q.trim()) navigate(kbPaths.helpSearch(language, q.trim()));
      }}
    >
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={t('help.searchLabel')}
          placeholder={t('help.searchPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          style={{ flex: 1 }}
          type="search"
        />
        <Button type="submit">{t('help.search')}</Button>
      </Group>
    </form>
  );
}
