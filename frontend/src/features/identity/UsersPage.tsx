import {
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '@/components/LoadMore';
import { QueryState } from '@/components/QueryState';
import { ROLES, type Role, type UserView } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { userListOptions } from './api/queries';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';

/** Staff accounts with their roles, and customers' help center logins. */
export default function UsersPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('users.title'));
  const format = useFormat();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const [editing, setEditing] = useState<UserView | 'new' | null>(null);
  const users = useInfiniteQuery(userListOptions(debounced, role));
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('users.title')}</Title>
        <Button onClick={() => setEditing('new')}>{t('users.create')}</Button>
      </Group>
      <Group gap="sm">
        <TextInput
          label={t('users.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('users.role')}
          data={roleOptions}
          value={role}
          onChange={(v) => setRole(v as Role | null)}
          clearable
          w={180}
        />
      </Group>
      <QueryState
        query={users}
        empty={items.length === 0}
        emptyTitle={t('users.empty')}
        emptyText={debounced || role ? t('users.emptyText') : null}
        skeletonHeight={200}
      >
        <Table aria-label={t('users.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.name')}</Table.Th>
              <Table.Th>{t('users.email')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.state')}</Table.Th>
              <Table.Th>{t('users.since')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('users.actions')}</VisuallyHidden>
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
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => setEditing(user)}
                    aria-label={t('users.editNamed', { name: user.name })}
                  >
                    {t('common:actions.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
      <LoadMore query={users} />
      {editing === 'new' && <CreateUserModal onClose={() => setEditing(null)} />}
      {editing && editing !== 'new' && (
        <EditUserModal user={editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
