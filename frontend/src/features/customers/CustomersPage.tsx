import { Anchor, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { QueryState } from '@/components/QueryState';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { customerListOptions } from './api/queries';

export default function CustomersPage() {
  const { t } = useTranslation('customers');
  usePageTitle(t('list.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const list = useInfiniteQuery(customerListOptions(debounced));
  const customers = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Title order={2}>{t('list.title')}</Title>
      <TextInput
        label={t('list.search')}
        placeholder={t('list.searchPlaceholder')}
        value={q}
        onChange={(event) =>
          setParams(event.currentTarget.value ? { q: event.currentTarget.value } : {}, {
            replace: true,
          })
        }
        maw={420}
        role="searchbox"
      />
      <QueryState
        query={list}
        empty={customers.length === 0}
        emptyTitle={t('list.empty')}
        skeletonHeight={200}
      >
        <Table.ScrollContainer minWidth={700}>
          <Table highlightOnHover aria-label={t('list.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.email')}</Table.Th>
                <Table.Th>{t('fields.phone')}</Table.Th>
                <Table.Th>{t('fields.organization')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {customers.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.customer(c.id)}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.email ?? '—'}</Table.Td>
                  <Table.Td>{c.phone ?? '—'}</Table.Td>
                  <Table.Td>{c.organization?.name ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
      <LoadMore query={list} />
    </Stack>
  );
}
