import { AppShell, Button, Container, Group, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { PageLoader } from '@/components/PageLoader';
import { UserMenu } from '@/components/UserMenu';
import { paths } from '@/lib/paths';

export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Container size="md" h="100%">
          <Group h="100%" justify="space-between">
            <Title order={1} size="h3">
              <Link to={paths.portal()} style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('portal.name')}
              </Link>
            </Title>
            <Group gap="sm">
              <Button component={Link} to="/help" size="sm" variant="subtle">
                {t('knowledge-base:help.title')}
              </Button>
              <Button component={Link} to={paths.portalNewRequest()} size="sm">
                {t('portal.newRequest')}
              </Button>
              <LanguageSwitcher />
              <UserMenu signInPath={paths.portalSignIn()} />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="md">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
