import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '../api/types';
import { kbPaths } from '../paths';

/** One result; title and snippet are server-made HTML with only <mark> around escaped text. */
export function SearchHitCard({ hit, action }: { hit: SearchHit; action?: React.ReactNode }) {
  const { t } = useTranslation('knowledge-base');
  return (
    <Paper withBorder p="sm" component="article" aria-label={hit.title}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Anchor
          component={Link}
          to={kbPaths.helpArticle(hit.language, hit.articleId, hit.slug)}
          fw={600}
          dangerouslySetInnerHTML={{ __html: hit.titleHighlighted }}
        />
        {hit.visibility === 'internal' && (
          <Badge color="yellow" variant="light">
            {t('visibility.internal')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mt={4} dangerouslySetInnerHTML={{ __html: hit.snippet }} />
      {action}
    </Paper>
  );
}
