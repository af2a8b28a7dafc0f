import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The next page of a cursor-paged list, on request. */
export function LoadMore({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Group justify="center" mt="sm">
      <Button
        variant="default"
        loading={query.isFetchingNextPage}
        onClick={() => void query.fetchNextPage()}
      >
        {t('common:state.loadMore')}
      </Button>
    </Group>
  );
}
