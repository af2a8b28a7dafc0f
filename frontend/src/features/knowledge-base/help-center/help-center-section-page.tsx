import { Anchor, Badge, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/lib/use-page-title';
import { helpSectionOptions } from '../api/queries';
import { kbPaths } from '../paths';

export default function HelpCenterSectionPage() {
  const { t } = useTranslation('knowledge-base');
  const { lang = 'en', sectionId } = useParams();
  const id = Number(sectionId);
  const section = useQuery(helpSectionOptions(id, lang));
  usePageTitle(section.data?.name ?? t('help.title'));
  if (section.error) return <ProblemAlert error={section.error} />;
  if (!section.data) return <PageLoader />;
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={kbPaths.helpHome(lang)}>
          {t('help.title')}
        </Anchor>
        <Text>{section.data.category.name}</Text>
      </Breadcrumbs>
      <Title order={2}>{section.data.name}</Title>
      {section.data.description && <Text c="dimmed">{section.data.description}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {section.data.articles.map((article) => (
          <li key={article.id}>
            <Group gap="xs">
              <Anchor component={Link} to={kbPaths.helpArticle(lang, article.id, article.slug)}>
                {article.title}
              </Anchor>
              {article.fallback && (
                <Badge variant="light" color="gray" size="sm">
                  {t('help.inLanguage', { language: article.language })}
                </Badge>
              )}
            </Group>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
