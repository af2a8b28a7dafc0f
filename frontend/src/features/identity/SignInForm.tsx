import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '@/lib/api/client';
import { isProblem, unwrap } from '@/lib/api/problem';
import { isStaff, sessionStore } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { applyFieldErrors, problemMessage } from '@/lib/forms';
import { paths, safeNext } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';

export function SignInForm({ variant }: { variant: 'agent' | 'portal' }) {
  const { t } = useTranslation('identity');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  usePageTitle(t('signIn.title'));
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('signIn.emailRequired')),
      password: (v) => (v ? null : t('signIn.passwordRequired')),
    },
  });
  const login = useMutation({
    mutationFn: async (values: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/auth/cookie-login', {
          body: { email: values.email.trim(), password: values.password },
        }),
      ),
    onSuccess: (response) => {
      sessionStore.set(response);
      const home = isStaff(response.user) ? paths.inbox() : paths.portal();
      const next = safeNext(params.get('next'), home);
      // A customer never lands in the agent workspace, nor an agent in the portal.
      const fits = isStaff(response.user)
        ? !next.startsWith('/portal')
        : next.startsWith('/portal');
      navigate(fits ? next : home, { replace: true });
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, ['email', 'password'], t),
  });

  if (session && login.isIdle) {
    return <Navigate to={isStaff(session.user) ? paths.inbox() : paths.portal()} replace />;
  }

  const wrongCredentials = isProblem(login.error) && login.error.status === 401;
  const waitSeconds = isProblem(login.error, 'auth.too-many-attempts')
    ? login.error.retryAfterSeconds
    : undefined;
  return (
    <Center mih="100vh" p="md">
      <Stack align="flex-end" gap="xs">
        <LanguageSwitcher />
        <Paper withBorder shadow="sm" p="xl" w={380} maw="100%" component="main">
          <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h2">
                  {variant === 'agent' ? t('signIn.agentHeading') : t('signIn.portalHeading')}
                </Title>
                <Text c="dimmed" size="sm">
                  {variant === 'agent' ? t('signIn.agentIntro') : t('signIn.portalIntro')}
                </Text>
              </div>
              {login.error && (
                <Alert color="red" role="alert">
                  {wrongCredentials
                    ? t('signIn.wrongCredentials')
                    : waitSeconds !== undefined
                      ? t('signIn.throttled', { count: waitSeconds })
                      : problemMessage(login.error, t)}
                </Alert>
              )}
              <TextInput
                label={t('signIn.email')}
                type="email"
                autoComplete="username"
                required
                data-autofocus
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('signIn.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
