import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CustomerView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';

const FIELDS = ['name', 'email', 'phone'] as const;

/** What the agent already typed into the search goes where it belongs. */
function prefill(text: string) {
  const value = text.trim();
  if (value.includes('@')) return { name: '', email: value, phone: '' };
  if (/^[0-9+()./ -]{5,}$/.test(value)) return { name: '', email: '', phone: value };
  return { name: value, email: '', phone: '' };
}

export function NewCustomerModal({
  opened,
  search,
  onClose,
  onCreated,
}: {
  opened: boolean;
  search: string;
  onClose: () => void;
  onCreated: (customer: CustomerView) => void;
}) {
  const { t } = useTranslation('tickets');
  const form = useForm({
    initialValues: { name: '', email: '', phone: '' },
    validate: { name: (v) => (v.trim() ? null : t('newTicket.customerNameRequired')) },
  });
  useEffect(() => {
    if (opened) form.setValues(prefill(search));
    // Prefill once per opening, not on every keystroke in the search box.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const create = useMutation({
    mutationFn: async (values: typeof form.values) =>
      unwrap(
        await api.POST('/api/v1/customers', {
          body: {
            name: values.name.trim(),
            email: values.email.trim() || undefined,
            phone: values.phone.trim() || undefined,
          },
        }),
      ),
    onSuccess: (customer) => {
      form.reset();
      onCreated(customer);
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, FIELDS, t),
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('newTicket.newCustomer')}>
      <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('customerFields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('customerFields.email')}
            type="email"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('customerFields.phone')}
            type="tel"
            {...form.getInputProps('phone')}
          />
          <ProblemAlert error={create.error} />
          <FormActions
            submitLabel={t('newTicket.createCustomer')}
            pending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
