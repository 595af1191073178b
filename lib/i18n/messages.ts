import en from "@/messages/en.json";
import zhTW from "@/messages/zh-TW.json";
import type { Locale } from "./config";

export type Messages = typeof en;

/** Both catalogues are small: bundled, never fetched. tests/unit/i18n.test.ts keeps their keys equal. */
export const catalogues: Record<Locale, Messages> = { en, "zh-TW": zhTW };
