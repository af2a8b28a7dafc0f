import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { signOut as endSession } from '@/lib/auth/sign-out';
import { isStaff } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { paths } from '@/lib/paths';
import { PreferencesModal } from './PreferencesModal';

export function UserMenu({ signInPath = paths.signIn() }: { signInPath?: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [preferences, setPreferences] = useState(false);
  if (!session) return null;
  const initials = [...session.user.name.split(/\s+/)]
    .map((part) => [...part][0] ?? '')
    .join('')
    .slice(0, 2)
    .toLocaleUpperCase();

  const signOut = async () => {
    await endSession(queryClient);
    navigate(signInPath, { replace: true });
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('user.menu', { name: session.user.name })}>
            <Avatar radius="xl" color="kaiku">
              {initials}
            </Avatar>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {session.user.name} · {t(`roles.${session.user.role}`)}
          </Menu.Label>
          <Menu.Item onClick={() => setPreferences(true)}>{t('user.preferences')}</Menu.Item>
          {isStaff(session.user) && (
            <Menu.Item onClick={() => navigate(paths.sessions())}>{t('user.sessions')}</Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item onClick={() => void signOut()}>{t('user.signOut')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {preferences && (
        <PreferencesModal user={session.user} onClose={() => setPreferences(false)} />
      )}
    </>
  );
}
