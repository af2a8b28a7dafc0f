import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerView } from '@/lib/api/types';
import { paths } from '@/lib/paths';

export function CustomerCard({ customer }: { customer: CustomerView }) {
  const { t } = useTranslation('tickets');
  const address = customer.address;
  const addressLine = address
    ? [
        address.street,
        [address.postalCode, address.city].filter(Boolean).join(' '),
        address.region,
        address.country,
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ticket-customer">
      <Title order={3} size="h4" id="ticket-customer" mb="sm">
        {t('customer.title')}
      </Title>
      <Stack gap={4}>
        <Anchor component={Link} to={paths.customer(customer.id)} fw={600}>
          {customer.name}
        </Anchor>
        {customer.organization && <Text size="sm">{customer.organization.name}</Text>}
        {customer.email && (
          <Anchor href={`mailto:${customer.email}`} size="sm">
            {customer.email}
          </Anchor>
        )}
        {customer.phone && (
          <Anchor href={`tel:${customer.phone.replace(/[^0-9+]/g, '')}`} size="sm">
            {customer.phone}
          </Anchor>
        )}
        {addressLine && <Text size="sm">{addressLine}</Text>}
        {customer.notes && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {customer.notes}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
