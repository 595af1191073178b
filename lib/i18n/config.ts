/** The interface languages: English (the default) and Traditional Chinese (Taiwan), in the seed's words. */
export const LOCALES = ["en", "zh-TW"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** A signed-out visitor's choice from the language switcher (a signed-in user's is saved on the user). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Each language named in itself, for the switchers. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-TW": "繁體中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best interface language for an Accept-Language header, or null when it names none of ours.
 * Any Chinese but the Simplified variants reads Traditional (zh, zh-TW, zh-HK, zh-Hant); zh-CN / zh-Hans
 * readers get no match from Chinese and fall through to their next choice.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === "en" || tag.startsWith("en-")) return "en";
    if (tag === "zh" || tag === "zh-tw" || tag === "zh-hk" || tag === "zh-mo" || tag.startsWith("zh-hant")) return "zh-TW";
  }
  return null;
}

/**
 * The interface language of a request: the signed-in user's saved preference, else the switcher's cookie
 * (signed-out pages), else the browser's Accept-Language, else English.
 */
export function chooseLocale(
  saved: string | null | undefined,
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(saved)) return saved;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}
