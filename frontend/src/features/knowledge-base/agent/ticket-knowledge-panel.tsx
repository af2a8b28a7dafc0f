import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { requestReplyInsert } from '@/lib/reply-insert';
import { ticketSuggestionsOptions } from '../api/queries';
import type { SearchHit } from '../api/types';
import { kbPaths } from '../paths';
import { SearchHitCard } from '../help-center/search-hit-card';

/** Beside a ticket: matching articles to insert into the reply, similar solved tickets, and "create article". */
export function TicketKnowledgePanel({ solved }: { solved?: boolean }) {
  const { t } = useTranslation('knowledge-base');
  const ticketId = Number(useParams().ticketId);
  const queryClient = useQueryClient();
  const suggestions = useQuery(ticketSuggestionsOptions(ticketId));

  const insert = async (hit: SearchHit, mode: 'link' | 'body') => {
    const article = unwrap(
      await api.GET('/api/v1/help-center/articles/{id}', {
        params: { path: { id: hit.articleId }, query: { language: suggestions.data?.language } },
      }),
    );
    const url = `${window.location.origin}${kbPaths.helpArticle(article.language, article.id, article.slug)}`;
    requestReplyInsert(
      ticketId,
      mode === 'link' ? `<p><a href="${url}">${escape(article.title)}</a></p>` : article.bodyHtml,
    );
    await api.POST('/api/v1/knowledge-base/tickets/{ticketId}/articles', {
      params: { path: { ticketId } },
      body: { articleId: article.id, language: article.language },
    });
    void queryClient.invalidateQueries({ queryKey: ['knowledge-base', 'reports'] });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="kb-panel-title">
      <Group justify="space-between">
        <Title order={3} size="h5" id="kb-panel-title">
          {t('agent.title')}
        </Title>
        {solved && (
          <Button
            component={Link}
            to={kbPaths.articleFromTicket(ticketId)}
            size="xs"
            variant="light"
          >
            {t('agent.createArticle')}
          </Button>
        )}
      </Group>
      <Stack gap="xs" mt="xs">
        {suggestions.data?.articles.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('agent.noArticles')}
          </Text>
        )}
        {suggestions.data?.articles.map((hit) => (
          <SearchHitCard
            key={hit.articleId}
            hit={hit}
            action={
              <Group gap="xs" mt={4}>
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => void insert(hit, 'link')}
                >
                  {t('agent.insertLink')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => void insert(hit, 'body')}
                >
                  {t('agent.insertBody')}
                </Button>
              </Group>
            }
          />
        ))}
        {(suggestions.data?.similarTickets.length ?? 0) > 0 && (
          <>
            <Text fw={600} size="sm" mt="sm">
              {t('agent.similarTickets')}
            </Text>
            {suggestions.data?.similarTickets.map((ticket) => (
              <Anchor key={ticket.id} component={Link} to={`/tickets/${ticket.id}`} size="sm">
                {ticket.number} {ticket.subject}
              </Anchor>
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
