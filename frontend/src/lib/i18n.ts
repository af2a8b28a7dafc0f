import i18n, { type BackendModule, type PostProcessorModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { PSEUDO, pseudolocalize } from './pseudo';

/*
 * Every file under locales/<language>/<namespace>.json is picked up at build time: adding a
 * language is adding its folder of JSON files (and the language to the backend's list, see
 * docs/i18n.md). English ships in the main bundle as the fallback; other languages load on demand.
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

/** The languages a person can choose, English first. */
export const languages = [
  'en',
  ...new Set(
    Object.keys(others)
      .map((path) => parse(path)?.language)
      .filter((l): l is string => !!l),
  ),
];

/**
 * The pseudo-locale is offered in development; any build accepts it when chosen directly
 * (`localStorage['kaiku.language'] = 'pseudo'`), which the end-to-end tests do.
 */
export const selectableLanguages = import.meta.env.DEV ? [...languages, PSEUDO] : languages;
const known = (language: string) => languages.includes(language) || language === PSEUDO;

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

const pseudo: PostProcessorModule = {
  type: 'postProcessor',
  name: PSEUDO,
  process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
    translator?.language === PSEUDO ? pseudolocalize(value) : value,
};

const STORAGE_KEY = 'kaiku.language';

/** This device's choice, else the browser's languages (its Accept-Language), else English. */
export function detectLanguage(
  stored: string | null = typeof localStorage !== 'undefined'
    ? localStorage.getItem(STORAGE_KEY)
    : null,
  preferred: readonly string[] = typeof navigator !== 'undefined'
    ? (navigator.languages ?? [])
    : [],
): string {
  if (stored && known(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.split('-')[0]!.toLowerCase();
    if (languages.includes(base)) return base;
  }
  return 'en';
}

void i18n
  .use(lazyBackend)
  .use(pseudo)
  .use(initReactI18next)
  .init({
    lng: detectLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...languages, PSEUDO],
    ns: namespaces,
    defaultNS: 'common',
    resources,
    partialBundledLanguages: true,
    postProcess: [PSEUDO],
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

/**
 * A language's name in itself ("suomi", "日本語"), which is how people look for their language
 * in a list, whatever the current UI language.
 */
export function languageName(language: string): string {
  if (language === PSEUDO) return pseudolocalize('Pseudo');
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}

/** `<html lang>`: screen readers, hyphenation and Japanese line breaking follow it. */
const applyDocumentLanguage = (language: string) => {
  if (typeof document !== 'undefined')
    document.documentElement.lang = language === PSEUDO ? 'en-XA' : language;
};
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Switches the UI language and remembers it on this device for the next sign-in page. */
export async function changeLanguage(language: string) {
  const target = known(language) ? language : language.split('-')[0]!;
  if (!known(target)) return;
  localStorage.setItem(STORAGE_KEY, target);
  if (i18n.language !== target) await i18n.changeLanguage(target);
}

/** Signed in, the account's language wins; an account without one keeps what the device uses. */
export function adoptAccountLanguage(language: string | undefined | null) {
  if (language && i18n.language !== PSEUDO) void changeLanguage(language);
}

export default i18n;
