import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import { catalogues } from "@/lib/i18n/messages";

// next-intl's request configuration: the language lib/i18n/server.ts chose (no locale in the URL).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: catalogues[locale], timeZone: "UTC" };
});
