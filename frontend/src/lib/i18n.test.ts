import { detectLanguage, languageName, languages } from './i18n';
import { pseudolocalize } from './pseudo';

describe('languages', () => {
  it('are the five Kaiku speaks, each named in itself', () => {
    expect([...languages].sort()).toEqual(['en', 'fi', 'hu', 'ja', 'lv']);
    expect(languages.map(languageName)).toEqual(
      expect.arrayContaining(['English', 'Suomi', '日本語', 'Magyar', 'Latviešu']),
    );
  });

  it('follow this device’s choice, then the browser’s languages, then English', () => {
    expect(detectLanguage('hu', ['fi-FI'])).toBe('hu');
    expect(detectLanguage(null, ['sv-SE', 'fi-FI', 'en'])).toBe('fi');
    expect(detectLanguage(null, ['ja-JP'])).toBe('ja');
    expect(detectLanguage('xx', ['de-DE'])).toBe('en');
    expect(detectLanguage('pseudo', [])).toBe('pseudo');
  });

  it('make the pseudo-locale longer, accented and marked, keeping the words recognisable', () => {
    const text = pseudolocalize('Save reply');
    expect(text).toMatch(/^⟦Šáṽé ŕéþĺý·+⟧$/);
    expect(text.length).toBeGreaterThan('Save reply'.length * 1.3);
  });
});
