import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { ProblemAlert } from './ProblemAlert';

interface Props {
  /** The query (or infinite query) whose state is shown. */
  query: { isPending: boolean; error: unknown; data?: unknown };
  /** Whether the loaded data has nothing to show. */
  empty?: boolean;
  emptyTitle?: string;
  emptyText?: ReactNode;
  /** What stands in while loading: a number of skeleton rows of `skeletonHeight`, or a node. */
  loading?: ReactNode;
  skeletonRows?: number;
  skeletonHeight?: number;
  children: ReactNode;
}

/**
 * The ladder every list and panel climbs: loading, then a failure in words, then "nothing here",
 * then the content. A failed refetch keeps showing the data it has, with the problem above it.
 */
export function QueryState({
  query,
  empty = false,
  emptyTitle,
  emptyText,
  loading,
  skeletonRows = 1,
  skeletonHeight = 60,
  children,
}: Props) {
  const { t } = useTranslation();
  if (query.isPending && !query.error) {
    return (
      loading ?? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common:state.loading')}>
          {Array.from({ length: skeletonRows }, (_, i) => (
            <Skeleton key={i} height={skeletonHeight} />
          ))}
        </Stack>
      )
    );
  }
  const error = <ProblemAlert error={query.error} />;
  if (query.data === undefined) return error;
  return (
    <>
      {error}
      {empty ? (
        emptyTitle ? (
          <EmptyState title={emptyTitle}>{emptyText}</EmptyState>
        ) : null
      ) : (
        children
      )}
    </>
  );
}
