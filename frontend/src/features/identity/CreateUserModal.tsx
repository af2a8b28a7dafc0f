import { Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerPicker } from '@/components/CustomerPicker';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { lookupKeys } from '@/lib/api/lookups';
import { unwrap } from '@/lib/api/problem';
import { ROLES, type CustomerView, type Role, type UserView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';
import { identityKeys } from './api/queries';
import { LanguageSelect, PASSWORD_MIN } from './UserFormParts';

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const [customer, setCustomer] = useState<CustomerView | null>(null);
  const [customerError, setCustomerError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', password: '', role: 'agent' as Role, language: '' },
    validate: {
      // A portal login may take its customer's name.
      name: (v, values) =>
        v.trim() || values.role === 'customer' ? null : t('users.nameRequired'),
      email: (v) => (v.trim() ? null : t('users.emailRequired')),
      password: (v) =>
        v.length >= PASSWORD_MIN ? null : t('users.passwordShort', { count: PASSWORD_MIN }),
    },
  });
  const create = useMutation({
    mutationFn: async (v: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/users', {
          body: {
            name: v.name.trim() || customer?.name || '',
            email: v.email.trim(),
            password: v.password,
            role: v.role,
            customerId: v.role === 'customer' ? customer?.id : undefined,
            language: (v.language || undefined) as UserView['language'],
          },
        }),
      ),
    onSuccess: (user) => {
      notifications.show({ color: 'green', message: t('users.created', { name: user.name }) });
      void queryClient.invalidateQueries({ queryKey: identityKeys.users });
      // The customer record now shows that it has portal access.
      if (user.customerId) void queryClient.invalidateQueries({ queryKey: lookupKeys.customers });
      onClose();
    },
    onError: (error) =>
      applyFieldErrors(
        error,
        (field, message) =>
          field === 'customerId' ? setCustomerError(message) : form.setFieldError(field, message),
        ['name', 'email', 'password', 'role', 'customerId', 'language'],
        t,
      ),
  });
  const submit = form.onSubmit((v) => {
    if (v.role === 'customer' && !customer) {
      setCustomerError(t('users.customerRequired'));
      return;
    }
    create.mutate(v);
  });

  return (
    <Modal opened onClose={onClose} title={t('users.create')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('users.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          {form.values.role === 'customer' && (
            <CustomerPicker
              label={t('users.customer')}
              required
              value={customer}
              error={customerError}
              onChange={(c) => {
                setCustomer(c);
                setCustomerError(null);
                if (c?.email && !form.values.email) form.setFieldValue('email', c.email);
              }}
            />
          )}
          <TextInput
            label={t('users.name')}
            required={form.values.role !== 'customer'}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('users.password')}
            description={t('users.passwordHint', { count: PASSWORD_MIN })}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <LanguageSelect {...form.getInputProps('language')} />
          <ProblemAlert error={create.error} />
          <FormActions
            pending={create.isPending}
            submitLabel={t('common:actions.create')}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
