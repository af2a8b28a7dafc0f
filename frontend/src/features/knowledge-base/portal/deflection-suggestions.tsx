import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { suggestionsOptions } from '../api/queries';
import { kbPaths } from '../paths';

/** Articles matching a request as the customer types it; "this answered my question" ends it there. */
export function DeflectionSuggestions({
  text,
  onDeflected,
}: {
  text: string;
  onDeflected?: () => void;
}) {
  const { t, i18n } = useTranslation('knowledge-base');
  const language = ['en', 'fi', 'ja', 'hu', 'lv'].includes(i18n.language) ? i18n.language : 'en';
  const [query] = useDebouncedValue(text.trim().slice(0, 400), 300);
  const suggestions = useQuery(suggestionsOptions(query, language));
  const [done, setDone] = useState(false);
  const deflect = useMutation({
    mutationFn: async (hit: { articleId: number; language: string }) =>
      unwrap(
        await api.POST('/api/v1/help-center/deflections', {
          body: { outcome: 'deflected', articleId: hit.articleId, language: hit.language, query },
        }),
      ),
    onSuccess: () => {
      setDone(true);
      onDeflected?.();
    },
  });
  if (done) {
    return (
      <Alert color="green" role="status" title={t('deflection.thanksTitle')}>
        {t('deflection.thanks')}
      </Alert>
    );
  }
  const items = suggestions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deflection-title">
      <Title order={3} size="h5" id="deflection-title">
        {t('deflection.title')}
      </Title>
      <Stack gap="sm" mt="xs">
        {items.map((hit) => (
          <div key={`${hit.articleId}-${hit.language}`}>
            <Anchor
              component={Link}
              to={kbPaths.helpArticle(hit.language, hit.articleId, hit.slug)}
              target="_blank"
              fw={600}
            >
              {hit.title}
            </Anchor>
            <Text size="sm" c="dimmed" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
            <Button
              size="xs"
              variant="light"
              mt={4}
              onClick={() => deflect.mutate(hit)}
              loading={deflect.isPending}
              aria-label={t('deflection.answeredLabel', { title: hit.title })}
            >
              {t('deflection.answered')}
            </Button>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** Tells the knowledge base that the customer submitted the request anyway (for the deflection rate). */
export async function recordSubmittedAnyway(ticketId: number) {
  await api.POST('/api/v1/help-center/deflections', { body: { outcome: 'submitted', ticketId } });
}
