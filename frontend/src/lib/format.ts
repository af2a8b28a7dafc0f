import { TZDate } from '@date-fns/tz';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/lib/auth/use-session';
import { PSEUDO } from './pseudo';

/** The browser's own time zone, used until a person chooses one. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Locale-aware formatting of instants, dates, numbers and money: in the UI language and in the
 * signed-in person's time zone (the browser's until they choose one).
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const timeZone = useSession()?.user.timeZone ?? browserTimeZone();
  return useMemo(() => makeFormat(intlLocale(language), timeZone), [language, timeZone]);
}

/**
 * The browser's regional variant of the UI language (en-GB dates for a British English browser).
 * The pseudo-locale formats as Japanese does, so that no Latin word on its screens comes from
 * a date or a number: any left is a string that did not go through i18next.
 */
export function intlLocale(language: string) {
  if (language === PSEUDO) return 'ja-JP';
  const preferred = typeof navigator !== 'undefined' ? (navigator.languages ?? []) : [];
  return preferred.find((tag) => tag.split('-')[0] === language) ?? language;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function makeFormat(locale: string, timeZone: string = browserTimeZone()) {
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const number = new Intl.NumberFormat(locale);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const relativeTime = (iso: string | null | undefined, now = Date.now()) => {
    if (!iso) return '';
    const seconds = (Date.parse(iso) - now) / 1000;
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
    }
    return relative.format(0, 'minute');
  };
  return {
    locale,
    timeZone,
    dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : ''),
    /** A calendar date (yyyy-mm-dd), shown without shifting it across time zones. */
    date: (isoDate: string | null | undefined) =>
      isoDate ? date.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)) : '',
    relative: relativeTime,
    /** A promise or a due time: the moment and how far away it is ("15 Jan, 10:00 (in 3 days)"). */
    due: (iso: string | null | undefined, now = Date.now()) =>
      iso ? `${dateTime.format(new Date(iso))} (${relativeTime(iso, now)})` : '',
    number: (value: number) => number.format(value),
    money: (amount: number, currency: string) => {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
      } catch {
        return `${number.format(amount)} ${currency}`;
      }
    },
    /** `<input type="datetime-local">` value: the wall time of an instant in this time zone. */
    toInput: (iso: string | null | undefined) => {
      if (!iso) return '';
      const d = new TZDate(Date.parse(iso), timeZone);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    },
    /** The instant of a `datetime-local` wall time read in this time zone, as ISO (UTC). */
    fromInput: (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
      if (!match) return null;
      const [, y, m, d, h, min] = match.map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      return new Date(new TZDate(y, m - 1, d, h, min, timeZone).getTime()).toISOString();
    },
  };
}

export type Format = ReturnType<typeof makeFormat>;
