import { Anchor, AppShell, Container, Group, NativeSelect, Title } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { useSession } from '@/lib/auth/use-session';
import { isStaff } from '@/lib/auth/session';
import { changeLanguage } from '@/lib/i18n';
import { KB_LANGUAGES, kbPaths } from '../paths';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fi: 'Suomi',
  ja: '日本語',
  hu: 'Magyar',
  lv: 'Latviešu',
};

/** The public help center's light frame: no sign-in needed, the language lives in the URL. */
export function HelpCenterLayout() {
  const { t } = useTranslation('knowledge-base');
  const { lang = 'en' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const known = (KB_LANGUAGES as readonly string[]).includes(lang);
  useEffect(() => {
    if (known) void changeLanguage(lang);
  }, [lang, known]);
  if (!known) return <Navigate to={kbPaths.helpHome('en')} replace />;

  const switchTo = (language: string) =>
    navigate(location.pathname.replace(/^\/help\/[^/]+/, `/help/${language}`) + location.search);

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Container size="md" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Title order={1} size="h4">
              <Link
                to={kbPaths.helpHome(lang)}
                style={{ color: 'inherit', textDecoration: 'none' }}
              >
                {t('help.title')}
              </Link>
            </Title>
            <Group gap="sm" wrap="nowrap">
              <NativeSelect
                aria-label={t('help.language')}
                size="xs"
                value={lang}
                onChange={(event) => switchTo(event.currentTarget.value)}
                data={KB_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] ?? l }))}
              />
              {session ? (
                <Anchor component={Link} to={isStaff(session.user) ? '/' : '/portal'} size="sm">
                  {isStaff(session.user) ? t('help.workspace') : t('help.myRequests')}
                </Anchor>
              ) : (
                <Anchor component={Link} to="/portal/sign-in" size="sm">
                  {t('help.signIn')}
                </Anchor>
              )}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="md" px={0}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
