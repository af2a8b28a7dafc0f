import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

/*
 * Every file under locales/<language>/<namespace>.json is picked up at build time: adding a
 * language is adding its folder of JSON files. English ships in the main bundle as the fallback;
 * other languages load on demand.
 */
const english = import.meta.glob<ResourceKey>('../locales/en/*.json', {
  eager: true,
  import: 'default',
});
const others = import.meta.glob<ResourceKey>(['../locales/*/*.json', '!../locales/en/*.json'], {
  import: 'default',
});

const parse = (path: string) => {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { language: match[1]!, namespace: match[2]! } : null;
};

export const namespaces = Object.keys(english)
  .map((path) => parse(path)?.namespace)
  .filter((ns): ns is string => !!ns);

export const languages = [
  'en',
  ...new Set(
    Object.keys(others)
      .map((path) => parse(path)?.language)
      .filter((l): l is string => !!l),
  ),
];

const resources: Record<string, Record<string, ResourceKey>> = { en: {} };
for (const [path, content] of Object.entries(english)) {
  const parsed = parse(path);
  if (parsed) resources.en![parsed.namespace] = content;
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const loader = others[`../locales/${language}/${namespace}.json`];
    if (!loader) {
      callback(null, {});
      return;
    }
    loader().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

const STORAGE_KEY = 'kaiku.language';

function detect(): string {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (stored && languages.includes(stored)) return stored;
  const preferred = typeof navigator !== 'undefined' ? (navigator.languages ?? []) : [];
  for (const tag of preferred) {
    const base = tag.split('-')[0]!;
    if (languages.includes(tag)) return tag;
    if (languages.includes(base)) return base;
  }
  return 'en';
}

void i18n
  .use(lazyBackend)
  .use(initReactI18next)
  .init({
    lng: detect(),
    fallbackLng: 'en',
    supportedLngs: languages,
    ns: namespaces,
    defaultNS: 'common',
    resources,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

const applyDocumentLanguage = (language: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Switches the UI language and remembers the choice on this device. */
export async function changeLanguage(language: string, remember = true) {
  const target = languages.includes(language)
    ? language
    : languages.find((l) => l === language.split('-')[0]);
  if (!target) return;
  if (remember) localStorage.setItem(STORAGE_KEY, target);
  await i18n.changeLanguage(target);
}

/** Uses the account's language unless this device already has an explicit choice. */
export function adoptAccountLanguage(language: string | undefined) {
  if (language && !localStorage.getItem(STORAGE_KEY)) void changeLanguage(language, false);
}

export default i18n;
