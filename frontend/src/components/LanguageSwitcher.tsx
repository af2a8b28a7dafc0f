import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/lib/auth/use-session';
import { problemMessage } from '@/lib/forms';
import { changeLanguage, languageName, selectableLanguages } from '@/lib/i18n';
import { PSEUDO } from '@/lib/pseudo';
import { saveProfile, type Language } from '@/lib/profile';

/** The language of every screen; signed in, the choice is kept on the account for every device. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const choose = async (language: string) => {
    await changeLanguage(language);
    if (!session || language === PSEUDO) return;
    try {
      await saveProfile({ language: language as Language });
    } catch (error) {
      notifications.show({ color: 'red', message: problemMessage(error, t) });
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={t('common:language.choose', { language: languageName(i18n.language) })}
        >
          <span lang={i18n.language}>{languageName(i18n.language)}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {selectableLanguages.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => void choose(language)}
            aria-current={i18n.language === language ? 'true' : undefined}
            fw={i18n.language === language ? 700 : undefined}
          >
            {languageName(language)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
