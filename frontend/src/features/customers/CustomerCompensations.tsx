import { Anchor, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { useFormat } from '@/lib/format';
import { paths } from '@/lib/paths';
import { customerCompensationsOptions } from './api/queries';

export function CustomerCompensations({ customerId }: { customerId: number }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const list = useQuery(customerCompensationsOptions(customerId));
  return (
    <section aria-labelledby="customer-compensations">
      <Title order={3} size="h4" id="customer-compensations" mb="sm">
        {t('page.compensations')}
      </Title>
      <QueryState query={list}>
        {list.data?.length === 0 ? (
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
                    <Anchor component={Link} to={paths.ticket(c.ticketId)} ff="monospace" size="sm">
                      {c.ticketNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`tickets:compensations.kinds.${c.kind}`)}</Table.Td>
                  <Table.Td>
                    {c.amount !== undefined && c.currency
                      ? format.money(c.amount, c.currency)
                      : '—'}
                  </Table.Td>
                  <Table.Td>{c.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </section>
  );
}
