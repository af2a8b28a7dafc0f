import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { customerOptions, isCustomerId } from '@/lib/api/lookups';
import { isProblem } from '@/lib/api/problem';
import { hasRole } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { languageName } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { CustomerCompensations } from './CustomerCompensations';
import { EditCustomerModal } from './EditCustomerModal';
import { PortalAccessModal } from './PortalAccessModal';

/**
 * One customer's record and history. The ticket history belongs to the tickets feature; the route
 * that shows this page passes it in.
 */
export default function CustomerPage({
  ticketHistory,
}: {
  ticketHistory?: (customerId: number) => ReactNode;
}) {
  const { t } = useTranslation('customers');
  const id = Number(useParams().customerId);
  const session = useSession();
  const [editing, edit] = useDisclosure(false);
  const [inviting, invite] = useDisclosure(false);
  const customer = useQuery(customerOptions(id));
  usePageTitle(customer.data?.name ?? t('page.title'));

  if (!isCustomerId(id) || isProblem(customer.error, 'customer.not-found')) {
    return (
      <Stack align="center" py="xl">
        <Title order={2}>{t('page.notFound')}</Title>
        <Anchor component={Link} to={paths.customers()}>
          {t('page.back')}
        </Anchor>
      </Stack>
    );
  }
  if (customer.error) return <ProblemAlert error={customer.error} />;
  if (!customer.data) return <PageLoader />;
  const c = customer.data;
  const a = c.address;
  const address = a
    ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country]
        .filter(Boolean)
        .join(', ')
    : '';
  const detail = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
        {value || '—'}
      </Text>
    </div>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>{c.name}</Title>
          {c.organization && <Text c="dimmed">{c.organization.name}</Text>}
        </div>
        <Group gap="sm">
          <Button component={Link} to={paths.newTicket({ customerId: c.id })} variant="default">
            {t('page.newTicket')}
          </Button>
          <Button variant="light" onClick={edit.open}>
            {t('page.edit')}
          </Button>
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="customer-contact">
            <Title order={3} size="h4" id="customer-contact" mb="sm">
              {t('page.contact')}
            </Title>
            <Stack gap="sm">
              {detail(
                t('fields.email'),
                c.email && <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>,
              )}
              {detail(
                t('fields.phone'),
                c.phone && (
                  <Anchor href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</Anchor>
                ),
              )}
              {detail(t('fields.address'), address)}
              {detail(t('fields.language'), c.language && languageName(c.language))}
              {detail(t('fields.notes'), c.notes)}
              {detail(
                t('fields.portal'),
                c.hasPortalAccess ? (
                  <Badge color="green" variant="light">
                    {t('page.hasPortal')}
                  </Badge>
                ) : (
                  t('page.noPortal')
                ),
              )}
              {!c.hasPortalAccess && hasRole(session?.user, 'admin') && (
                <Button size="xs" variant="light" onClick={invite.open}>
                  {t('portalAccess.open')}
                </Button>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {ticketHistory?.(c.id)}
            <CustomerCompensations customerId={c.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <EditCustomerModal customer={c} opened={editing} onClose={edit.close} />
      <PortalAccessModal customer={c} opened={inviting} onClose={invite.close} />
    </Stack>
  );
}
