import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Locale-aware formatting of instants, dates, numbers and money for the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => makeFormat(regionalLocale(language)), [language]);
}

/** The browser's regional variant of the UI language (en-GB dates for a British English browser). */
function regionalLocale(language: string) {
  const preferred = typeof navigator !== 'undefined' ? (navigator.languages ?? []) : [];
  return preferred.find((tag) => tag.split('-')[0] === language) ?? language;
}

export function makeFormat(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
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
  return {
    locale,
    dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : ''),
    /** A calendar date (yyyy-mm-dd), shown without shifting it across time zones. */
    date: (isoDate: string | null | undefined) =>
      isoDate ? date.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)) : '',
    relative: (iso: string | null | undefined, now = Date.now()) => {
      if (!iso) return '';
      const seconds = (Date.parse(iso) - now) / 1000;
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
      }
      return relative.format(0, 'minute');
    },
    number: (value: number) => number.format(value),
    money: (amount: number, currency: string) => {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
      } catch {
        return `${number.format(amount)} ${currency}`;
      }
    },
  };
}

/** `<input type="datetime-local">` value (local time) for an ISO instant, and back. */
export const toLocalInput = (iso: string | null | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
export const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);
