import { Modal, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { STAFF_ROLES, type Role, type UserView } from '@/lib/api/types';
import { sessionStore } from '@/lib/auth/session';
import { applyFieldErrors } from '@/lib/forms';
import { identityKeys } from './api/queries';
import { LanguageSelect, PASSWORD_MIN } from './UserFormParts';

export function EditUserModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      name: user.name,
      email: user.email,
      role: user.role,
      active: user.active,
      language: user.language ?? '',
      password: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('users.nameRequired')),
      email: (v) => (v.trim() ? null : t('users.emailRequired')),
      password: (v) =>
        !v || v.length >= PASSWORD_MIN ? null : t('users.passwordShort', { count: PASSWORD_MIN }),
    },
  });
  const save = useMutation({
    mutationFn: async (v: typeof form.values) =>
      unwrap(
        await api.PATCH('/api/v1/users/{id}', {
          params: { path: { id: user.id } },
          body: {
            name: v.name.trim(),
            email: v.email.trim(),
            role: v.role,
            active: v.active,
            language: (v.language || undefined) as UserView['language'],
            password: v.password || undefined,
          },
        }),
      ),
    onSuccess: (saved) => {
      // Editing yourself changes the name and language the app shows you.
      if (saved.id === sessionStore.get()?.user.id) sessionStore.updateUser(saved);
      notifications.show({ color: 'green', message: t('users.saved', { name: saved.name }) });
      void queryClient.invalidateQueries({ queryKey: identityKeys.users });
      onClose();
    },
    onError: (error) =>
      applyFieldErrors(
        error,
        form.setFieldError,
        ['name', 'email', 'role', 'active', 'language', 'password'],
        t,
      ),
  });
  // Staff and customer logins cannot turn into each other.
  const roles: readonly Role[] = user.role === 'customer' ? ['customer'] : STAFF_ROLES;

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { name: user.name })}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('users.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            {...form.getInputProps('email')}
          />
          <Select
            label={t('users.role')}
            data={roles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          <LanguageSelect {...form.getInputProps('language')} />
          <PasswordInput
            label={t('users.newPassword')}
            description={t('users.newPasswordHint')}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Switch
            label={t('users.activeLabel')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <ProblemAlert error={save.error} />
          <FormActions
            pending={save.isPending}
            submitLabel={t('common:actions.save')}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
