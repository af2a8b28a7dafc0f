import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Every string in every language: a key missing in one language, a translation that is still the
 * English text, or a placeholder that differs from English's fails the build.
 */
const root = __dirname;
const languages = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const namespaces = readdirSync(join(root, 'en')).filter((file) => file.endsWith('.json'));

/** Values that are the same word in every language (brand, acronyms, codes). */
const SAME_IN_EVERY_LANGUAGE: Record<string, readonly string[]> = {
  'common:app.name': ['*'],
  'common:app.titled': ['*'],
  'common:channel.api': ['*'],
  'common:attachments.size': ['hu', 'lv'],
  'tickets:conversation.system': ['*'],
  'tickets:timeline.system': ['*'],
};

type Flat = Map<string, string>;

function flatten(value: unknown, prefix = '', into: Flat = new Map()): Flat {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  return into;
}

const read = (language: string, namespace: string): Flat => {
  try {
    return flatten(JSON.parse(readFileSync(join(root, language, namespace), 'utf8')));
  } catch {
    return new Map();
  }
};

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** The English keys a language needs: plural keys take that language's own plural categories. */
function expectedKeys(english: Flat, language: string) {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Map<string, string>();
  for (const [key, value] of english) {
    if (!PLURAL.test(key)) {
      keys.set(key, value);
      continue;
    }
    const base = key.replace(PLURAL, '');
    const other = english.get(`${base}_other`) ?? value;
    for (const category of categories) keys.set(`${base}_${category}`, other);
  }
  return keys;
}

describe.each(languages.filter((l) => l !== 'en'))('the %s translation', (language) => {
  it.each(namespaces)('has every key of %s, and no key English does not have', (namespace) => {
    const english = read('en', namespace);
    const translated = read(language, namespace);
    const expected = expectedKeys(english, language);
    const missing = [...expected.keys()].filter((key) => !translated.has(key));
    const extra = [...translated.keys()].filter((key) => !expected.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(namespaces)('translates every value of %s rather than copying English', (namespace) => {
    const english = expectedKeys(read('en', namespace), language);
    const translated = read(language, namespace);
    const ns = namespace.replace(/\.json$/, '');
    const copied = [...english]
      .filter(([key, value]) => translated.get(key) === value && /\p{L}{2,}/u.test(value))
      .map(([key]) => `${ns}:${key}`)
      .filter((key) => {
        const allowed = SAME_IN_EVERY_LANGUAGE[key.replace(PLURAL, '')] ?? [];
        return !allowed.includes('*') && !allowed.includes(language);
      });
    expect(copied).toEqual([]);
  });

  it.each(namespaces)('keeps the placeholders of %s', (namespace) => {
    const english = expectedKeys(read('en', namespace), language);
    const translated = read(language, namespace);
    const differing = [...english]
      .filter(([key]) => translated.has(key))
      .filter(([key, value]) => {
        const mine = placeholders(translated.get(key)!);
        const theirs = placeholders(value);
        // A form for one thing may say "one" in words instead of {{count}}.
        const countOptional = /_(one|zero|two)$/.test(key);
        const strip = (list: (string | undefined)[]) =>
          countOptional ? list.filter((p) => p !== 'count') : list;
        return JSON.stringify(strip(mine)) !== JSON.stringify(strip(theirs));
      })
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

describe('the languages', () => {
  it('are the five Kaiku speaks, each with every namespace', () => {
    expect(languages.sort()).toEqual(['en', 'fi', 'hu', 'ja', 'lv']);
    for (const language of languages) {
      for (const namespace of namespaces) expect(read(language, namespace).size).toBeGreaterThan(0);
    }
  });

  it('give Latvian its zero form wherever English counts', () => {
    const counted = namespaces.flatMap((ns) =>
      [...read('en', ns).keys()].filter((k) => k.endsWith('_other')).map((k) => [ns, k] as const),
    );
    expect(counted.length).toBeGreaterThan(0);
    for (const [ns, key] of counted) {
      expect(read('lv', ns).has(key.replace(/_other$/, '_zero'))).toBe(true);
    }
  });
});
