import {
  Badge,
  Button,
  Code,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryState } from '@/components/QueryState';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ApiTokenCreated, ApiTokenView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { apiTokensOptions, identityKeys } from './api/queries';
import { CreatedTokenModal, CreateTokenModal } from './ApiTokenModals';

const isPast = (iso: string | undefined) => !!iso && Date.parse(iso) <= Date.now();

/** Personal tokens for scripts and integrations; a token never has more rights than its owner. */
export default function ApiTokensPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('tokens.title'));
  const format = useFormat();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  const tokens = useQuery(apiTokensOptions());
  const revoke = useMutation({
    mutationFn: async (token: ApiTokenView) =>
      unwrap(await api.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id: token.id } } })),
    onSuccess: (_, token) => {
      setRevoking(null);
      notifications.show({
        color: 'green',
        message: t('tokens.revokedNamed', { name: token.name }),
      });
      void queryClient.invalidateQueries({ queryKey: identityKeys.tokens });
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
      <QueryState
        query={tokens}
        empty={tokens.data?.length === 0}
        emptyTitle={t('tokens.empty')}
        emptyText={t('tokens.emptyText')}
        skeletonHeight={120}
      >
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
                <VisuallyHidden>{t('tokens.actions')}</VisuallyHidden>
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
                <Table.Td>
                  {token.lastUsedAt ? format.relative(token.lastUsedAt) : t('tokens.never')}
                </Table.Td>
                <Table.Td>
                  {token.expiresAt ? format.dateTime(token.expiresAt) : t('tokens.noExpiry')}
                  {!token.revokedAt && isPast(token.expiresAt) && (
                    <Badge variant="dot" color="gray" ml="xs">
                      {t('tokens.expired')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {token.revokedAt ? (
                    <Badge variant="dot" color="gray">
                      {t('tokens.revoked')}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        revoke.reset();
                        setRevoking(token);
                      }}
                      aria-label={t('tokens.revokeNamed', { name: token.name })}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
      {creating && (
        <CreateTokenModal
          onClose={() => setCreating(false)}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
          }}
        />
      )}
      <CreatedTokenModal token={created} onClose={() => setCreated(null)} />
      <Modal opened={!!revoking} onClose={() => setRevoking(null)} title={t('tokens.revokeTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('tokens.revokeConfirm', { name: revoking?.name })}</Text>
          <ProblemAlert error={revoke.error} />
          <FormActions
            submitLabel={t('tokens.revoke')}
            pending={revoke.isPending}
            onCancel={() => setRevoking(null)}
            onSubmit={() => revoking && revoke.mutate(revoking)}
            color="red"
          />
        </Stack>
      </Modal>
    </Stack>
  );
}
