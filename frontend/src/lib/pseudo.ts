/**
 * The pseudo-locale: English made accented and a third longer, inside ⟦ ⟧. Every string that
 * comes through i18next looks like this, so any plain English left on a screen was hard-coded,
 * and a layout that survives it survives long Finnish and Hungarian words too.
 */
export const PSEUDO = 'pseudo';

const accents: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

export const PSEUDO_START = '⟦';
export const PSEUDO_END = '⟧';

export function pseudolocalize(text: string): string {
  if (!text) return text;
  const accented = [...text].map((c) => accents[c] ?? c).join('');
  const padding = '·'.repeat(Math.max(1, Math.round(text.length / 3)));
  return `${PSEUDO_START}${accented}${padding}${PSEUDO_END}`;
}
