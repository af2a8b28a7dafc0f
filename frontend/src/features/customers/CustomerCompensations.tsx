import { Anchor, Skeleton, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';

export function CustomerCompensations({ customerId }: { customerId: number }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const list = useQuery({
    queryKey: ['customers', customerId, 'compensations'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/customers/{id}/compensations', {
          params: { path: { id: customerId } },
          signal,
        }),
      ),
  });
  return (
    <section aria-labelledby="customer-compensations">
      <Title order={3} size="h4" id="customer-compensations" mb="sm">
        {t('page.compensations')}
      </Title>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Skeleton height={60} />
      ) : list.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('page.noCompensations')}
        </Text>
      ) : (
        <Table aria-labelledby="customer-compensations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('compensations.grantedOn')}</Table.Th>
              <Table.Th>{t('compensations.ticket')}</Table.Th>
              <Table.Th>{t('compensations.kind')}</Table.Th>
              <Table.Th>{t('compensations.amount')}</Table.Th>
              <Table.Th>{t('compensations.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{format.date(c.grantedOn)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/tickets/${c.ticketId}`} ff="monospace" size="sm">
                    {c.ticketNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`tickets:compensations.kinds.${c.kind}`)}</Table.Td>
                <Table.Td>
                  {c.amount !== undefined && c.currency ? format.money(c.amount, c.currency) : '—'}
                </Table.Td>
                <Table.Td>{c.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
