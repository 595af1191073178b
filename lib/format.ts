/** Dates as people read them, the same on every server (UTC, English). */
const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC", hourCycle: "h23" });

export function formatDate(d: Date | string): string {
  return date.format(new Date(d));
}

export function formatDateTime(d: Date | string): string {
  return `${dateTime.format(new Date(d))} UTC`;
}

/** yyyy-mm-dd of a date in UTC (the value of an <input type="date">). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** A catalog price in cents as dollars ("$12.50"). */
export function formatMoney(cents: number): string {
  return usd.format(cents / 100);
}
