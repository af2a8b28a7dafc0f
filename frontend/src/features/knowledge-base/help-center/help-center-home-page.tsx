import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/lib/use-page-title';
import { helpCategoriesOptions } from '../api/queries';
import { kbPaths } from '../paths';
import { SearchBox } from './search-box';

export default function HelpCenterHomePage() {
  const { t } = useTranslation('knowledge-base');
  const { lang = 'en' } = useParams();
  usePageTitle(t('help.title'));
  const categories = useQuery(helpCategoriesOptions(lang));
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2}>{t('help.welcome')}</Title>
        <SearchBox language={lang} />
      </Stack>
      <ProblemAlert error={categories.error} />
      {categories.isPending ? (
        <PageLoader />
      ) : categories.data && categories.data.length === 0 ? (
        <EmptyState title={t('help.emptyTitle')}>{t('help.emptyText')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {categories.data?.map((category) => (
            <Paper
              key={category.id}
              withBorder
              p="md"
              component="section"
              aria-label={category.name}
            >
              <Title order={3} size="h4">
                {category.name}
              </Title>
              {category.description && (
                <Text size="sm" c="dimmed">
                  {category.description}
                </Text>
              )}
              <Stack gap={4} mt="xs">
                {category.sections.map((section) => (
                  <Anchor
                    key={section.id}
                    component={Link}
                    to={kbPaths.helpSection(lang, section.id)}
                  >
                    {t('help.sectionLink', { name: section.name, count: section.articleCount })}
                  </Anchor>
                ))}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
