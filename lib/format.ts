const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** A date as the pages show it ("Mar 4, 2026"), the same on server and client. */
export function formatDate(d: Date | string): string {
  return dateFormat.format(typeof d === "string" ? new Date(d) : d);
}
