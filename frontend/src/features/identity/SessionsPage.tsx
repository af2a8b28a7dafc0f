import { Badge, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { SessionView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

export const sessionsKey = ['auth', 'sessions'] as const;

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox on Linux" from a user agent, or the tool's own name (curl/8.5, a CRM's client). */
export function describeDevice(userAgent: string | undefined, t: TFunction): string {
  if (!userAgent) return t('sessions.unknownDevice');
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return t('sessions.on', { browser, system });
  return userAgent.split(' ')[0]!.slice(0, 40);
}

/** Where the signed-in person is signed in, and a way to end what they do not recognise. */
export default function SessionsPage() {
  const { t } = useTranslation('identity');
  usePageTitle(t('sessions.title'));
  const format = useFormat();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: sessionsKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/auth/sessions', { signal })),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: sessionsKey });
  const end = useMutation({
    mutationFn: async (session: SessionView) =>
      unwrap(
        await api.DELETE('/api/v1/auth/sessions/{id}', {
          params: { path: { id: session.id } },
        }),
      ),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('sessions.ended') });
      refresh();
    },
  });
  const endOthers = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/auth/sessions/end-others')),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('sessions.endedOthers') });
      refresh();
    },
  });
  const others = sessions.data?.filter((s) => !s.current) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('sessions.title')}</Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('sessions.intro')}
          </Text>
        </div>
        <Button
          variant="light"
          color="red"
          disabled={others.length === 0}
          loading={endOthers.isPending}
          onClick={() => endOthers.mutate()}
        >
          {t('sessions.endOthers')}
        </Button>
      </Group>
      <ProblemAlert error={sessions.error ?? end.error ?? endOthers.error} />
      {sessions.isPending ? (
        <Skeleton height={120} />
      ) : !sessions.data ? null : (
        <Table aria-label={t('sessions.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sessions.device')}</Table.Th>
              <Table.Th>{t('sessions.address')}</Table.Th>
              <Table.Th>{t('sessions.signedIn')}</Table.Th>
              <Table.Th>{t('sessions.lastActive')}</Table.Th>
              <Table.Th>{t('sessions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.data.map((session) => {
              const device = describeDevice(session.userAgent, t);
              return (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {device}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`sessions.${session.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{session.clientAddress ?? '—'}</Table.Td>
                  <Table.Td>{format.dateTime(session.createdAt)}</Table.Td>
                  <Table.Td>{format.relative(session.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    {session.current ? (
                      <Badge variant="light">{t('sessions.current')}</Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={end.isPending && end.variables?.id === session.id}
                        onClick={() => end.mutate(session)}
                        aria-label={t('sessions.endNamed', {
                          device,
                          address: session.clientAddress ?? '—',
                        })}
                      >
                        {t('sessions.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {sessions.data && others.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('sessions.empty')}
        </Text>
      )}
    </Stack>
  );
}
