import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { STAFF_ROLES, type ApiTokenCreated, type Role } from '@/lib/api/types';
import { hasRole } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { applyFieldErrors } from '@/lib/forms';
import { useFormat } from '@/lib/format';
import { identityKeys } from './api/queries';

export function CreateTokenModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (token: ApiTokenCreated) => void;
}) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const session = useSession();
  const format = useFormat();
  // The server refuses a token with more rights than its owner, so those roles are not offered.
  const roles = STAFF_ROLES.filter((r) => hasRole(session?.user, r));
  const form = useForm({
    initialValues: { name: '', role: (session?.user.role ?? 'agent') as Role, expiresAt: '' },
    validate: {
      name: (v) => (v.trim() ? null : t('tokens.nameRequired')),
      expiresAt: (v) =>
        !v || Date.parse(format.fromInput(v) ?? '') > Date.now() ? null : t('tokens.expiresPast'),
    },
  });
  const create = useMutation({
    mutationFn: async (v: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/api-tokens', {
          body: {
            name: v.name.trim(),
            role: v.role,
            expiresAt: format.fromInput(v.expiresAt) ?? undefined,
          },
        }),
      ),
    onSuccess: (token) => {
      void queryClient.invalidateQueries({ queryKey: identityKeys.tokens });
      onCreated(token);
    },
    onError: (error) =>
      applyFieldErrors(error, form.setFieldError, ['name', 'role', 'expiresAt'], t),
  });

  return (
    <Modal opened onClose={onClose} title={t('tokens.create')}>
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            required
            maxLength={100}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label={t('tokens.role')}
            description={t('tokens.roleHint')}
            allowDeselect={false}
            data={roles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <TextInput
            type="datetime-local"
            label={t('tokens.expires')}
            description={t('tokens.expiresHint')}
            {...form.getInputProps('expiresAt')}
          />
          <ProblemAlert error={create.error} />
          <FormActions
            submitLabel={t('common:actions.create')}
            pending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** The secret exists only in this response; a stray click outside must not lose it. */
export function CreatedTokenModal({
  token,
  onClose,
}: {
  token: ApiTokenCreated | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  return (
    <Modal
      opened={!!token}
      onClose={onClose}
      title={t('tokens.createdTitle')}
      closeOnClickOutside={false}
    >
      {token && (
        <Stack gap="sm">
          <Alert color="orange" title={t('tokens.showOnceTitle')}>
            {t('tokens.showOnce')}
          </Alert>
          <Code block style={{ wordBreak: 'break-all' }}>
            {token.token}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={token.token}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'green' : undefined} onClick={copy}>
                  {copied ? t('tokens.copied') : t('tokens.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('tokens.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
