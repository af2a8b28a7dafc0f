import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Tabs,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { usePageTitle } from '@/lib/use-page-title';
import {
  articleOptions,
  categoriesOptions,
  kbKeys,
  ticketDraftOptions,
  versionsOptions,
} from '../api/queries';
import type { TranslationState, TranslationView, Visibility } from '../api/types';
import { KB_LANGUAGES, kbPaths } from '../paths';

const RichTextInput = lazy(() => import('@/components/RichTextInput'));
const VISIBILITIES: Visibility[] = ['public', 'customers', 'internal'];

interface Draft {
  title: string;
  bodyHtml: string;
  keywords: string[];
}

/** Writes an article: a new one (possibly from a solved ticket) or an existing one, language by language. */
export default function ArticleEditorPage() {
  const { t } = useTranslation('knowledge-base');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const articleId = Number(useParams().articleId ?? 0);
  const fromTicket = Number(useSearchParams()[0].get('fromTicket') ?? 0);
  const isNew = !articleId;
  const article = useQuery(articleOptions(articleId));
  const ticketDraft = useQuery(ticketDraftOptions(fromTicket));
  const categories = useQuery(categoriesOptions());
  const [language, setLanguage] = useState<string>('en');
  const [sectionId, setSectionId] = useState<string | null>(null);
  const [visibility, setVisibility] = useState<Visibility>('public');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [resetKey, setResetKey] = useState(0);
  usePageTitle(isNew ? t('editor.newTitle') : t('editor.editTitle'));

  useEffect(() => {
    if (ticketDraft.data) {
      setLanguage(ticketDraft.data.language);
      setDrafts({
        [ticketDraft.data.language]: {
          title: ticketDraft.data.title,
          bodyHtml: ticketDraft.data.bodyHtml,
          keywords: ticketDraft.data.keywords,
        },
      });
      setResetKey((k) => k + 1);
    }
  }, [ticketDraft.data]);
  useEffect(() => {
    if (article.data) {
      setSectionId(String(article.data.section.id));
      setVisibility(article.data.visibility);
      const loaded: Record<string, Draft> = {};
      article.data.translations.forEach((tr) => {
        loaded[tr.language] = { title: tr.title, bodyHtml: tr.bodyHtml, keywords: tr.keywords };
      });
      setDrafts(loaded);
      setResetKey((k) => k + 1);
    }
  }, [article.data]);

  const sections = (categories.data ?? []).flatMap((c) =>
    c.sections.map((s) => ({
      value: String(s.id),
      label: `${c.names.en ?? Object.values(c.names)[0]} › ${s.names.en ?? Object.values(s.names)[0]}`,
    })),
  );
  const current = drafts[language] ?? { title: '', bodyHtml: '', keywords: [] };
  const translation: TranslationView | undefined = article.data?.translations.find(
    (tr) => tr.language === language,
  );
  const update = (patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [language]: { ...current, ...patch } }));

  const invalidate = () => void queryClient.invalidateQueries({ queryKey: kbKeys.all });
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/knowledge-base/articles', {
          body: {
            sectionId: Number(sectionId),
            visibility,
            sourceTicketId: fromTicket || undefined,
            translations: Object.entries(drafts)
              .filter(([, d]) => d.title.trim())
              .map(([lang, d]) => ({ language: lang, ...d })),
          },
        }),
      ),
    onSuccess: (created) => {
      invalidate();
      notifications.show({ color: 'green', message: t('editor.saved') });
      navigate(kbPaths.article(created.id), { replace: true });
    },
  });
  const save = useMutation({
    mutationFn: async () => {
      if (
        article.data &&
        (sectionId !== String(article.data.section.id) || visibility !== article.data.visibility)
      ) {
        unwrap(
          await api.PATCH('/api/v1/knowledge-base/articles/{id}', {
            params: { path: { id: articleId } },
            body: { sectionId: Number(sectionId), visibility },
          }),
        );
      }
      return unwrap(
        await api.PUT('/api/v1/knowledge-base/articles/{id}/translations/{language}', {
          params: { path: { id: articleId, language } },
          body: current,
        }),
      );
    },
    onSuccess: () => {
      invalidate();
      notifications.show({ color: 'green', message: t('editor.saved') });
    },
  });
  const transition = useMutation({
    mutationFn: async (state: TranslationState) => {
      unwrap(
        await api.PUT('/api/v1/knowledge-base/articles/{id}/translations/{language}', {
          params: { path: { id: articleId, language } },
          body: current,
        }),
      );
      return unwrap(
        await api.PUT('/api/v1/knowledge-base/articles/{id}/translations/{language}/state', {
          params: { path: { id: articleId, language } },
          body: { state },
        }),
      );
    },
    onSuccess: (view) => {
      invalidate();
      notifications.show({
        color: 'green',
        message: t(`editor.movedTo`, { state: t(`state.${view.state}`) }),
      });
    },
  });

  if (!isNew && article.error) return <ProblemAlert error={article.error} />;
  if ((!isNew && !article.data) || (fromTicket > 0 && ticketDraft.isPending)) return <PageLoader />;

  return (
    <Stack gap="md">
      <Title order={2}>{isNew ? t('editor.newTitle') : t('editor.editTitle')}</Title>
      {ticketDraft.data && (
        <Alert color="blue" role="note">
          {t('editor.fromTicket', { number: ticketDraft.data.ticketNumber })}{' '}
          {t('editor.removed', {
            count:
              ticketDraft.data.removed.names +
              ticketDraft.data.removed.emails +
              ticketDraft.data.removed.phones +
              ticketDraft.data.removed.addresses,
          })}
        </Alert>
      )}
      <ProblemAlert error={ticketDraft.error} />
      <Group grow align="flex-start">
        <Select
          label={t('authoring.section')}
          data={sections}
          value={sectionId}
          onChange={setSectionId}
          required
          searchable
        />
        <Select
          label={t('authoring.visibility')}
          data={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
          value={visibility}
          onChange={(v) => v && setVisibility(v as Visibility)}
          allowDeselect={false}
        />
      </Group>
      <Tabs value={language} onChange={(v) => v && setLanguage(v)}>
        <Tabs.List>
          {KB_LANGUAGES.map((l) => {
            const tr = article.data?.translations.find((x) => x.language === l);
            return (
              <Tabs.Tab key={l} value={l}>
                {t(`languages.${l}`)}
                {tr && (
                  <Badge
                    ml={6}
                    size="xs"
                    variant="light"
                    color={tr.state === 'published' ? 'green' : 'gray'}
                  >
                    {t(`state.${tr.state}`)}
                  </Badge>
                )}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <TextInput
            label={t('editor.articleTitle')}
            value={current.title}
            maxLength={200}
            required
            onChange={(event) => update({ title: event.currentTarget.value })}
          />
          <Suspense fallback={<PageLoader />}>
            <RichTextInput
              key={`${language}-${resetKey}`}
              label={t('editor.body')}
              value={current.bodyHtml}
              onChange={(html) => update({ bodyHtml: html })}
            />
          </Suspense>
          <TagsInput
            label={t('editor.keywords')}
            value={current.keywords}
            onChange={(keywords) => update({ keywords })}
            maxTags={20}
          />
          {translation && (
            <Text size="sm" c="dimmed">
              {t('editor.status', {
                state: t(`state.${translation.state}`),
                views: translation.views,
                helpful: translation.helpful,
                notHelpful: translation.notHelpful,
              })}
              {translation.hasUnpublishedChanges && translation.publishedVersion
                ? ` · ${t('editor.unpublished')}`
                : ''}
            </Text>
          )}
          <ProblemAlert error={create.error ?? save.error ?? transition.error} />
          <Group>
            {isNew ? (
              <Button
                onClick={() => create.mutate()}
                loading={create.isPending}
                disabled={!sectionId || !current.title.trim()}
              >
                {t('editor.createDraft')}
              </Button>
            ) : (
              <>
                <Button variant="default" onClick={() => save.mutate()} loading={save.isPending}>
                  {t('editor.saveDraft')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => transition.mutate('in_review')}
                  disabled={!translation}
                >
                  {t('editor.submitReview')}
                </Button>
                <Button
                  onClick={() => transition.mutate('published')}
                  loading={transition.isPending}
                >
                  {t('editor.publish')}
                </Button>
                <Button
                  color="red"
                  variant="subtle"
                  onClick={() => transition.mutate('archived')}
                  disabled={!translation}
                >
                  {t('editor.archive')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </Paper>
      {translation && <Versions articleId={articleId} language={language} />}
    </Stack>
  );
}

function Versions({ articleId, language }: { articleId: number; language: string }) {
  const { t } = useTranslation('knowledge-base');
  const queryClient = useQueryClient();
  const versions = useQuery(versionsOptions(articleId, language));
  const [diff, setDiff] = useState<{ type: string; text: string }[] | null>(null);
  const restore = useMutation({
    mutationFn: async (number: number) =>
      unwrap(
        await api.POST(
          '/api/v1/knowledge-base/articles/{id}/translations/{language}/versions/{number}/restore',
          {
            params: { path: { id: articleId, language, number } },
          },
        ),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: kbKeys.all }),
  });
  const showDiff = async (from: number, to: number) => {
    const result = unwrap(
      await api.GET('/api/v1/knowledge-base/articles/{id}/translations/{language}/diff', {
        params: { path: { id: articleId, language }, query: { from, to } },
      }),
    );
    setDiff(result.body);
  };
  const list = versions.data ?? [];
  if (list.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="versions-title">
      <Title order={3} size="h5" id="versions-title">
        {t('versions.title')}
      </Title>
      <Stack gap={4} mt="xs">
        {list.map((v, i) => (
          <Group key={v.number} gap="xs">
            <Text size="sm">
              {t('versions.line', {
                number: v.number,
                author: v.author?.name ?? '—',
                when: new Date(v.createdAt).toLocaleString(),
              })}
              {v.current ? ` · ${t('versions.current')}` : ''}
            </Text>
            {list[i + 1] && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => void showDiff(list[i + 1]!.number, v.number)}
              >
                {t('versions.diff')}
              </Button>
            )}
            {!v.current && (
              <Button size="compact-xs" variant="subtle" onClick={() => restore.mutate(v.number)}>
                {t('versions.restore')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {diff && (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }} aria-label={t('versions.diff')}>
          {diff.map((chunk, i) =>
            chunk.type === 'insert' ? (
              <ins key={i}>{chunk.text}</ins>
            ) : chunk.type === 'delete' ? (
              <del key={i}>{chunk.text}</del>
            ) : (
              <span key={i}>{chunk.text}</span>
            ),
          )}
        </Text>
      )}
    </Paper>
  );
}
