import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sessionStore } from '@/lib/auth/session';
import { useSession } from '@/lib/auth/use-session';
import { changeLanguage, languages } from '@/lib/i18n';
import { paths } from '@/lib/paths';

export function UserMenu({ signInPath = paths.signIn() }: { signInPath?: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  if (!session) return null;
  const initials = session.user.name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

  const signOut = () => {
    sessionStore.clear();
    queryClient.clear();
    navigate(signInPath, { replace: true });
  };

  return (
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
        {languages.length > 1 && (
          <>
            <Menu.Label>{t('user.language')}</Menu.Label>
            {languages.map((language) => (
              <Menu.Item
                key={language}
                onClick={() => void changeLanguage(language)}
                aria-current={i18n.language === language ? 'true' : undefined}
              >
                {t(`languages.${language}`, { defaultValue: language })}
              </Menu.Item>
            ))}
          </>
        )}
        <Menu.Divider />
        <Menu.Item onClick={signOut}>{t('user.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
