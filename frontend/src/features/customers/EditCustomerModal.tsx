import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { LanguageSelect } from '@/components/LanguageSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { lookupKeys } from '@/lib/api/lookups';
import { unwrap } from '@/lib/api/problem';
import type { CustomerView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';

const values = (c: CustomerView) => ({
  name: c.name,
  email: c.email ?? '',
  phone: c.phone ?? '',
  street: c.address?.street ?? '',
  postalCode: c.address?.postalCode ?? '',
  city: c.address?.city ?? '',
  region: c.address?.region ?? '',
  country: c.address?.country ?? '',
  language: c.language ?? '',
  notes: c.notes ?? '',
});

const FIELDS = ['name', 'email', 'phone', 'address', 'language', 'notes'] as const;
const orNull = (value: string) => value.trim() || null;

export function EditCustomerModal({
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
  const form = useForm({ initialValues: values(customer) });
  useEffect(() => {
    if (opened) form.setValues(values(customer));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const save = useMutation({
    mutationFn: async (v: typeof form.values) => {
      const address = {
        street: orNull(v.street) ?? undefined,
        postalCode: orNull(v.postalCode) ?? undefined,
        city: orNull(v.city) ?? undefined,
        region: orNull(v.region) ?? undefined,
        country: orNull(v.country)?.toUpperCase() ?? undefined,
      };
      const hasAddress = Object.values(address).some(Boolean);
      return unwrap(
        await api.PATCH('/api/v1/customers/{id}', {
          params: { path: { id: customer.id } },
          body: {
            name: v.name.trim(),
            email: orNull(v.email),
            phone: orNull(v.phone),
            address: hasAddress ? address : null,
            language: (orNull(v.language) as CustomerView['language']) ?? null,
            notes: orNull(v.notes),
            version: customer.version,
          },
        }),
      );
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(lookupKeys.customer(customer.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...lookupKeys.customers, 'list'] });
      onClose();
    },
    onError: (error) =>
      applyFieldErrors(
        error,
        (field, message) => form.setFieldError(field === 'address' ? 'street' : field, message),
        FIELDS,
        t,
      ),
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('edit.title')} size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <TextInput label={t('fields.street')} {...form.getInputProps('street')} />
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput label={t('fields.postalCode')} {...form.getInputProps('postalCode')} />
            <TextInput label={t('fields.city')} {...form.getInputProps('city')} />
            <TextInput label={t('fields.region')} {...form.getInputProps('region')} />
            <TextInput
              label={t('fields.country')}
              description={t('fields.countryHint')}
              maxLength={2}
              {...form.getInputProps('country')}
            />
          </SimpleGrid>
          <LanguageSelect
            label={t('fields.language')}
            description={t('fields.languageHint')}
            {...form.getInputProps('language')}
          />
          <Textarea
            label={t('fields.notes')}
            autosize
            minRows={3}
            {...form.getInputProps('notes')}
          />
          <ProblemAlert error={save.error} />
          <FormActions
            submitLabel={t('common:actions.save')}
            pending={save.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
