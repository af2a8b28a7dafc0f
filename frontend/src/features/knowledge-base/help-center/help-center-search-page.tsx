import { Alert, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/lib/use-page-title';
import { searchOptions } from '../api/queries';
import { SearchBox } from './search-box';
import { SearchHitCard } from './search-hit-card';

export default function HelpCenterSearchPage() {
  const { t } = useTranslation('knowledge-base');
  const { lang = 'en' } = useParams();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  usePageTitle(t('help.resultsFor', { q }));
  const results = useQuery(searchOptions(q, lang));
  return (
    <Stack gap="md">
      <SearchBox key={q} language={lang} initial={q} />
      <Title order={2}>{t('help.resultsFor', { q })}</Title>
      <ProblemAlert error={results.error} />
      {results.isPending && q ? <PageLoader /> : null}
      {results.data?.fuzzy && <Alert color="blue">{t('help.fuzzy')}</Alert>}
      {results.data && results.data.items.length === 0 && <Text>{t('help.noResults')}</Text>}
      {results.data?.items.map((hit) => (
        <SearchHitCard key={`${hit.articleId}-${hit.language}`} hit={hit} />
      ))}
    </Stack>
  );
}
