import { Badge, Button, Group, Modal, PasswordInput, Select, Skeleton, Stack, Switch, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerPicker } from '@/components/CustomerPicker';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ROLES, type CustomerView, type Role, type UserView } from '@/lib/api/types';
import { applyFieldErrors } from '@/lib/forms';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

/** Staff accounts with their roles, and customers' help center logins. */
export default function UsersPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('users.title'));
  const format = useFormat();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const [editing, setEditing] = useState<UserView | 'new' | null>(null);
  const users = useInfiniteQuery({
    queryKey: ['users', 'list', debounced, role],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/users', {
          params: { query: { q: debounced || undefined, role: role ?? undefined, cursor: pageParam, limit: 50 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('users.title')}</Title>
        <Button onClick={() => setEditing('new')}>{t('users.create')}</Button>
      </Group>
      <Group gap="sm">
        <TextInput label={t('users.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={260} />
        <Select label={t('users.role')} data={roleOptions} value={role} onChange={(v) => setRole(v as Role | null)} clearable w={180} />
      </Group>
      <ProblemAlert error={users.error} />
      {users.isPending ? (
        <Skeleton height={200} />
      ) : items.length === 0 ? (
        <EmptyState title={t('users.empty')} />
      ) : (
        <Table aria-label={t('users.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.name')}</Table.Th>
              <Table.Th>{t('users.email')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.state')}</Table.Th>
              <Table.Th>{t('users.since')}</Table.Th>
              <Table.Th>
                <span className="mantine-visually-hidden">{t('users.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td fw={600}>{user.name}</Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{t(`common:roles.${user.role}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={user.active ? 'green' : 'gray'}>
                    {user.active ? t('users.active') : t('users.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.dateTime(user.createdAt)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setEditing(user)} aria-label={t('users.editNamed', { name: user.name })}>
                    {t('common:actions.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {users.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={users.isFetchingNextPage} onClick={() => void users.fetchNextPage()}>
            {t('common:state.loadMore')}
          </Button>
        </Group>
      )}
      {editing === 'new' && <CreateUserModal onClose={() => setEditing(null)} />}
      {editing && editing !== 'new' && <EditUserModal user={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const [customer, setCustomer] = useState<CustomerView | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', password: '', role: 'agent' as Role, language: '' },
    validate: {
      name: (v, values) => (v.trim() || values.role === 'customer' ? null : t('users.nameRequired')),
      email: (v) => (v.trim() ? null : t('users.emailRequired')),
      password: (v) => (v.length >= 10 ? null : t('users.passwordShort')),
    },
  });
  const [customerError, setCustomerError] = useState<string | null>(null);
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
            language: v.language.trim() || undefined,
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (error) =>
      applyFieldErrors(
        error,
        (field, message) => (field === 'customerId' ? setCustomerError(message) : form.setFieldError(field, message)),
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
          <Select label={t('users.role')} data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            allowDeselect={false} {...form.getInputProps('role')} />
          {form.values.role === 'customer' && (
            <CustomerPicker label={t('users.customer')} required value={customer} error={customerError}
              onChange={(c) => {
                setCustomer(c);
                setCustomerError(null);
                if (c?.email && !form.values.email) form.setFieldValue('email', c.email);
              }} />
          )}
          <TextInput label={t('users.name')} required={form.values.role !== 'customer'} data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('users.email')} type="email" required {...form.getInputProps('email')} />
          <PasswordInput label={t('users.password')} description={t('users.passwordHint')} required autoComplete="new-password"
            {...form.getInputProps('password')} />
          <TextInput label={t('users.language')} description={t('users.languageHint')} {...form.getInputProps('language')} />
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

function EditUserModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: user.name, email: user.email, role: user.role, active: user.active, language: user.language ?? '', password: '' },
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
            language: v.language.trim() || undefined,
            password: v.password || undefined,
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (error) => applyFieldErrors(error, form.setFieldError, ['name', 'email', 'role', 'active', 'language', 'password'], t),
  });
  // Staff and customer logins cannot turn into each other.
  const roles = user.role === 'customer' ? ['customer'] : ROLES.filter((r) => r !== 'customer');
  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { name: user.name })}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <TextInput label={t('users.name')} required data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('users.email')} type="email" required {...form.getInputProps('email')} />
          <Select label={t('users.role')} data={roles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            allowDeselect={false} {...form.getInputProps('role')} />
          <TextInput label={t('users.language')} description={t('users.languageHint')} {...form.getInputProps('language')} />
          <PasswordInput label={t('users.newPassword')} description={t('users.newPasswordHint')} autoComplete="new-password"
            {...form.getInputProps('password')} />
          <Switch label={t('users.activeLabel')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <ProblemAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
