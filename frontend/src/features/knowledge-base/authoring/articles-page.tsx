import { Anchor, Badge, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/lib/use-page-title';
import { articlesOptions } from '../api/queries';
import { kbPaths } from '../paths';

export default function ArticlesPage() {
  const { t } = useTranslation('knowledge-base');
  usePageTitle(t('authoring.title'));
  const articles = useQuery(articlesOptions());
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('authoring.title')}</Title>
        <Group gap="sm">
          <Button component={Link} to={kbPaths.reports} variant="default">
            {t('reports.title')}
          </Button>
          <Button component={Link} to={kbPaths.newArticle}>
            {t('authoring.new')}
          </Button>
        </Group>
      </Group>
      <ProblemAlert error={articles.error} />
      {articles.isPending ? (
        <PageLoader />
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('authoring.article')}</Table.Th>
              <Table.Th>{t('authoring.section')}</Table.Th>
              <Table.Th>{t('authoring.visibility')}</Table.Th>
              <Table.Th>{t('authoring.translations')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {articles.data?.items.map((article) => (
              <Table.Tr key={article.id}>
                <Table.Td>
                  <Anchor component={Link} to={kbPaths.article(article.id)}>
                    {article.translations[0]?.title ?? `#${article.id}`}
                  </Anchor>
                </Table.Td>
                <Table.Td>{article.section.name}</Table.Td>
                <Table.Td>{t(`visibility.${article.visibility}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {article.translations.map((tr) => (
                      <Badge
                        key={tr.language}
                        variant="light"
                        color={tr.state === 'published' ? 'green' : 'gray'}
                        title={t(`state.${tr.state}`)}
                      >
                        {tr.language} · {t(`state.${tr.state}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
