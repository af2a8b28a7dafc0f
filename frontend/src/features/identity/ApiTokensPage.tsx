import { Alert, Badge, Button, Code, CopyButton, Group, Modal, Select, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { STAFF_ROLES, type ApiTokenCreated, type ApiTokenView, type Role } from '@/lib/api/types';
import { hasRole } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { applyFieldErrors } from '@/lib/forms';
import { fromLocalInput, useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

const tokensKey = ['api-tokens'] as const;

/** Personal tokens for scripts and integrations; a token never has more rights than its owner. */
export default function ApiTokensPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('tokens.title'));
  const format = useFormat();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  const tokens = useQuery({
    queryKey: tokensKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/api-tokens', { signal })),
  });
  const revoke = useMutation({
    mutationFn: async (token: ApiTokenView) =>
      unwrap(await api.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id: token.id } } })),
    onSuccess: () => {
      setRevoking(null);
      void queryClient.invalidateQueries({ queryKey: tokensKey });
    },
  });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('tokens.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('tokens.intro')}
          </Text>
        </div>
        <Button onClick={() => setCreating(true)}>{t('tokens.create')}</Button>
      </Group>
      <ProblemAlert error={tokens.error} />
      {tokens.isPending ? (
        <Skeleton height={120} />
      ) : tokens.data?.length === 0 ? (
        <EmptyState title={t('tokens.empty')}>{t('tokens.emptyText')}</EmptyState>
      ) : (
        <Table aria-label={t('tokens.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tokens.name')}</Table.Th>
              <Table.Th>{t('tokens.prefix')}</Table.Th>
              <Table.Th>{t('tokens.role')}</Table.Th>
              <Table.Th>{t('tokens.created')}</Table.Th>
              <Table.Th>{t('tokens.lastUsed')}</Table.Th>
              <Table.Th>{t('tokens.expires')}</Table.Th>
              <Table.Th>
                <span className="mantine-visually-hidden">{t('tokens.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data?.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td fw={600}>{token.name}</Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{t(`common:roles.${token.role}`)}</Table.Td>
                <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? format.relative(token.lastUsedAt) : t('tokens.never')}</Table.Td>
                <Table.Td>{token.expiresAt ? format.dateTime(token.expiresAt) : t('tokens.noExpiry')}</Table.Td>
                <Table.Td>
                  {token.revokedAt ? (
                    <Badge variant="dot" color="gray">
                      {t('tokens.revoked')}
                    </Badge>
                  ) : (
                    <Button size="xs" variant="subtle" color="red" onClick={() => { revoke.reset(); setRevoking(token); }}
                      aria-label={t('tokens.revokeNamed', { name: token.name })}>
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && (
        <CreateTokenModal
          onClose={() => setCreating(false)}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
          }}
        />
      )}
      <Modal opened={!!created} onClose={() => setCreated(null)} title={t('tokens.createdTitle')}>
        {created && (
          <Stack gap="sm">
            <Alert color="orange" role="alert">
              {t('tokens.showOnce')}
            </Alert>
            <Code block style={{ wordBreak: 'break-all' }}>
              {created.token}
            </Code>
            <Group justify="flex-end">
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy}>
                    {copied ? t('tokens.copied') : t('tokens.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button onClick={() => setCreated(null)}>{t('tokens.done')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal opened={!!revoking} onClose={() => setRevoking(null)} title={t('tokens.revokeTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('tokens.revokeConfirm', { name: revoking?.name })}</Text>
          <ProblemAlert error={revoke.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking)}>
              {t('tokens.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function CreateTokenModal({ onClose, onCreated }: { onClose: () => void; onCreated: (token: ApiTokenCreated) => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const session = useSession();
  const roles = STAFF_ROLES.filter((r) => hasRole(session?.user, r));
  const form = useForm({
    initialValues: { name: '', role: (session?.user.role ?? 'agent') as Role, expiresAt: '' },
    validate: { name: (v) => (v.trim() ? null : t('tokens.nameRequired')) },
  });
  const create = useMutation({
    mutationFn: async (v: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/api-tokens', {
          body: { name: v.name.trim(), role: v.role, expiresAt: fromLocalInput(v.expiresAt) ?? undefined },
        }),
      ),
    onSuccess: (token) => {
      void queryClient.invalidateQueries({ queryKey: tokensKey });
      onCreated(token);
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, ['name', 'role', 'expiresAt'], t),
  });
  return (
    <Modal opened onClose={onClose} title={t('tokens.create')}>
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
        <Stack gap="sm">
          <TextInput label={t('tokens.name')} description={t('tokens.nameHint')} required data-autofocus {...form.getInputProps('name')} />
          <Select label={t('tokens.role')} description={t('tokens.roleHint')}
            data={roles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))} allowDeselect={false} {...form.getInputProps('role')} />
          <TextInput type="datetime-local" label={t('tokens.expires')} description={t('tokens.expiresHint')} {...form.getInputProps('expiresAt')} />
          <ProblemAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common:actions.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
