import type { Locale } from "./i18n/config";

/**
 * Dates, numbers and prices as people read them in their language (Intl), the same on every server
 * (UTC). Prices stay in their currency (US dollars); only the way they are written changes.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

const intlLocale = (locale: Locale) => (locale === "en" ? "en-US" : locale);

export function formatDate(d: Date | string, locale: Locale = "en"): string {
  return formatter(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }),
  ).format(new Date(d));
}

export function formatDateTime(d: Date | string, locale: Locale = "en"): string {
  const f = formatter(
    `dateTime:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC", hourCycle: "h23" }),
  );
  return `${f.format(new Date(d))} UTC`;
}

/** yyyy-mm-dd of a date in UTC (the value of an <input type="date">). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A catalog price in cents, in US dollars ("$12.50", "US$12.50"). */
export function formatMoney(cents: number, locale: Locale = "en"): string {
  return formatter(
    `usd:${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "USD" }),
  ).format(cents / 100);
}

export function formatNumber(n: number, locale: Locale = "en"): string {
  return formatter(`number:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(n);
}

/** The formatters bound to one language (pages get them from lib/i18n/server.ts `getFormat`). */
export function formatsFor(locale: Locale) {
  return {
    locale,
    date: (d: Date | string) => formatDate(d, locale),
    dateTime: (d: Date | string) => formatDateTime(d, locale),
    money: (cents: number) => formatMoney(cents, locale),
    number: (n: number) => formatNumber(n, locale),
  };
}
export type Formats = ReturnType<typeof formatsFor>;
