import {
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { PageLoader } from '@/components/PageLoader';
import { UserMenu } from '@/components/UserMenu';
import { useQuery } from '@tanstack/react-query';
import { ticketCountsOptions } from '@/features/tickets/api/queries';
import { viewCount } from '@/features/tickets/views';
import { useQueues } from '@/lib/api/lookups';
import { hasRole } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { useFormat } from '@/lib/format';
import { paths, patterns } from '@/lib/paths';

const VIEW_LINKS = ['my-open', 'unassigned', 'all-open', 'pending', 'solved'] as const;

export function AgentLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const counts = useQuery(ticketCountsOptions());
  const queues = useQueues();
  const format = useFormat();
  const inInbox = location.pathname === patterns.inbox;
  const currentView = inInbox ? (params.get('view') ?? 'my-open') : null;
  const currentQueue = params.get('queueId');

  const count = (value: number | undefined) =>
    value === undefined ? null : (
      <Badge size="sm" variant="light" aria-label={t('nav.count', { count: value })}>
        {format.number(value)}
      </Badge>
    );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Title order={1} size="h3">
              <Link to={paths.inbox()} style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('app.name')}
              </Link>
            </Title>
          </Group>
          <Group gap="sm">
            <Button component={Link} to={paths.newTicket()} size="sm">
              {t('nav.newTicket')}
            </Button>
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <ScrollArea>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" id="nav-views">
            {t('nav.views')}
          </Text>
          <div role="group" aria-labelledby="nav-views">
            {VIEW_LINKS.map((view) => (
              <NavLink
                key={view}
                component={Link}
                to={paths.inbox({ view })}
                label={t(`views.${view}`)}
                active={currentView === view}
                aria-current={currentView === view ? 'page' : undefined}
                rightSection={count(viewCount(counts.data, view))}
                onClick={close}
              />
            ))}
          </div>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" id="nav-queues">
            {t('nav.queues')}
          </Text>
          <div role="group" aria-labelledby="nav-queues">
            {(queues.data ?? [])
              .filter((q) => q.active)
              .map((queue) => {
                const active = currentView === 'queue' && currentQueue === String(queue.id);
                return (
                  <NavLink
                    key={queue.id}
                    component={Link}
                    to={paths.queueView(queue.id)}
                    label={queue.name}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    rightSection={count(
                      counts.data?.queues.find((c) => c.queue.id === queue.id)?.open ?? 0,
                    )}
                    onClick={close}
                  />
                );
              })}
          </div>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" id="nav-more">
            {t('nav.more')}
          </Text>
          <div role="group" aria-labelledby="nav-more">
            <NavLink
              component={Link}
              to={paths.customers()}
              label={t('nav.customers')}
              onClick={close}
              active={location.pathname.startsWith(patterns.customers)}
            />
            <NavLink
              component={Link}
              to="/knowledge-base"
              label={t('knowledge-base:nav')}
              onClick={close}
              active={location.pathname.startsWith('/knowledge-base')}
            />
            <NavLink
              component={Link}
              to={paths.workload()}
              label={t('nav.workload')}
              onClick={close}
              active={location.pathname === patterns.workload}
            />
            {hasRole(session?.user, 'manager') && (
              <NavLink
                component={Link}
                to={paths.compensationApprovals()}
                label={t('nav.compensationApprovals')}
                onClick={close}
                active={location.pathname === patterns.compensationApprovals}
              />
            )}
            <NavLink
              component={Link}
              to={paths.apiTokens()}
              label={t('nav.apiTokens')}
              onClick={close}
              active={location.pathname === patterns.apiTokens}
            />
            {hasRole(session?.user, 'admin') && (
              <>
                <NavLink
                  component={Link}
                  to={paths.adminQueues()}
                  label={t('nav.adminQueues')}
                  onClick={close}
                  active={location.pathname === patterns.adminQueues}
                />
                <NavLink
                  component={Link}
                  to={paths.adminUsers()}
                  label={t('nav.adminUsers')}
                  onClick={close}
                  active={location.pathname === patterns.adminUsers}
                />
                <NavLink
                  component={Link}
                  to={paths.adminOutbox()}
                  label={t('nav.adminOutbox')}
                  onClick={close}
                  active={location.pathname === patterns.adminOutbox}
                />
              </>
            )}
          </div>
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
