import { Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { lookupKeys } from '@/lib/api/lookups';
import { unwrap } from '@/lib/api/problem';
import type { CustomerView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';

/** Gives the customer a login to the help center, where they follow their own requests. */
export function PortalAccessModal({
  customer,
  opened,
  onClose,
}: {
  customer: CustomerView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('customers');
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { email: customer.email ?? '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('portalAccess.emailRequired')),
      password: (v) => (v.length >= 10 ? null : t('portalAccess.passwordShort')),
    },
  });
  useEffect(() => {
    if (opened) form.setValues({ email: customer.email ?? '', password: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const create = useMutation({
    mutationFn: async (v: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/users', {
          body: {
            name: customer.name,
            email: v.email.trim(),
            password: v.password,
            role: 'customer',
            customerId: customer.id,
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: lookupKeys.customer(customer.id) });
      notifications.show({
        color: 'green',
        message: t('portalAccess.done', { name: customer.name }),
      });
      onClose();
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, ['email', 'password'], t),
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('portalAccess.title')}>
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('portalAccess.intro', { name: customer.name })}</Text>
          <TextInput
            label={t('portalAccess.email')}
            type="email"
            required
            data-autofocus
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('portalAccess.password')}
            description={t('portalAccess.passwordHint')}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <ProblemAlert error={create.error} />
          <FormActions
            submitLabel={t('portalAccess.submit')}
            pending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
