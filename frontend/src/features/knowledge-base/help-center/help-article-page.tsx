import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  Typography,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { isProblem, unwrap } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { helpArticleOptions } from '../api/queries';
import { kbPaths } from '../paths';

export default function HelpArticlePage() {
  const { t } = useTranslation('knowledge-base');
  const format = useFormat();
  const { lang = 'en', articleRef = '' } = useParams();
  const id = Number(articleRef.split('-')[0]);
  const article = useQuery(helpArticleOptions(id, lang));
  usePageTitle(article.data?.title ?? t('help.title'));
  const [vote, setVote] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const language = article.data?.language;

  useEffect(() => {
    if (language) {
      void api.POST('/api/v1/help-center/articles/{id}/views', {
        params: { path: { id } },
        body: { language },
      });
    }
  }, [id, language]);

  const feedback = useMutation({
    mutationFn: async (helpful: boolean) =>
      unwrap(
        await api.POST('/api/v1/help-center/articles/{id}/feedback', {
          params: { path: { id } },
          body: { language: language ?? lang, helpful, comment: comment.trim() || undefined },
        }),
      ),
  });

  if (isProblem(article.error, 'knowledge-base.article-not-found') || !Number.isInteger(id)) {
    return (
      <Stack align="center" py="xl">
        <Title order={2}>{t('help.notFound')}</Title>
        <Anchor component={Link} to={kbPaths.helpHome(lang)}>
          {t('help.backHome')}
        </Anchor>
      </Stack>
    );
  }
  if (article.error) return <ProblemAlert error={article.error} />;
  if (!article.data) return <PageLoader />;
  const data = article.data;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={kbPaths.helpHome(lang)}>
          {t('help.title')}
        </Anchor>
        <Anchor component={Link} to={kbPaths.helpSection(lang, data.section.id)}>
          {data.section.name}
        </Anchor>
      </Breadcrumbs>
      {data.fallback && (
        <Alert color="gray" role="note">
          {t('help.fallback', { language: t(`languages.${data.language}`) })}
        </Alert>
      )}
      <article lang={data.language} aria-labelledby="article-title">
        <Title order={2} id="article-title">
          {data.title}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('help.updated', { when: format.dateTime(data.publishedAt) })}
        </Text>
        <Typography>
          <div dangerouslySetInnerHTML={{ __html: data.bodyHtml }} />
        </Typography>
        {data.attachments.length > 0 && (
          <Stack gap={4} mt="sm">
            {data.attachments.map((a) => (
              <Anchor key={a.id} href={a.url}>
                {a.filename}
              </Anchor>
            ))}
          </Stack>
        )}
      </article>
      {data.translations.length > 1 && (
        <Group gap="xs" aria-label={t('help.otherLanguages')} role="group">
          <Text size="sm">{t('help.otherLanguages')}:</Text>
          {data.translations
            .filter((tr) => tr.language !== data.language)
            .map((tr) => (
              <Anchor
                key={tr.language}
                size="sm"
                lang={tr.language}
                component={Link}
                to={kbPaths.helpArticle(tr.language, data.id, tr.slug)}
              >
                {tr.title}
              </Anchor>
            ))}
        </Group>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="feedback-title">
        <Text fw={600} id="feedback-title">
          {t('help.helpfulQuestion')}
        </Text>
        {feedback.isSuccess ? (
          <Text role="status">{t('help.thanks')}</Text>
        ) : (
          <Stack gap="xs" mt="xs">
            <Group gap="xs">
              <Button variant={vote === true ? 'filled' : 'default'} onClick={() => setVote(true)}>
                {t('help.yes')}
              </Button>
              <Button
                variant={vote === false ? 'filled' : 'default'}
                onClick={() => setVote(false)}
              >
                {t('help.no')}
              </Button>
            </Group>
            {vote !== null && (
              <>
                <Textarea
                  label={t('help.comment')}
                  value={comment}
                  maxLength={2000}
                  onChange={(event) => setComment(event.currentTarget.value)}
                />
                <Group>
                  <Button onClick={() => feedback.mutate(vote)} loading={feedback.isPending}>
                    {t('help.sendFeedback')}
                  </Button>
                </Group>
              </>
            )}
            <ProblemAlert error={feedback.error} />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
