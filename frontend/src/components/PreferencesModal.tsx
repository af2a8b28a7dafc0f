import { Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';
import { browserTimeZone } from '@/lib/format';
import { changeLanguage, languageName, languages } from '@/lib/i18n';
import { saveProfile, type Language } from '@/lib/profile';
import { FormActions } from './FormActions';
import { ProblemAlert } from './ProblemAlert';

/** A person's own language and time zone, kept on their account. */
export function PreferencesModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const form = useForm({
    initialValues: { language: user.language ?? i18n.language, timeZone: user.timeZone ?? '' },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      saveProfile({ language: v.language as Language, timeZone: v.timeZone || null }),
    onSuccess: async (saved) => {
      if (saved.language) await changeLanguage(saved.language);
      notifications.show({ color: 'green', message: t('common:preferences.saved') });
      onClose();
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, ['language', 'timeZone'], t),
  });
  return (
    <Modal opened onClose={onClose} title={t('common:preferences.title')}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <Select
            label={t('common:preferences.language')}
            data={languages.map((l) => ({ value: l, label: languageName(l) }))}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('language')}
          />
          <Select
            label={t('common:preferences.timeZone')}
            description={t('common:preferences.timeZoneHint')}
            placeholder={t('common:preferences.browserTimeZone', { zone: browserTimeZone() })}
            data={zones}
            searchable
            clearable
            nothingFoundMessage={t('common:preferences.noTimeZone')}
            {...form.getInputProps('timeZone')}
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
