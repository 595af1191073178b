import "server-only";
import { createTranslator } from "next-intl";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { currentViewer } from "../auth";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "./config";
import { messageText } from "./message";
import { catalogues } from "./messages";
import { ANOTHER_RESELLER } from "@/db/queries/scope";
import { formatsFor } from "../format";
import { roles } from "../permissions";
import type { Viewer } from "../viewer";

/** This request's language (`chooseLocale`: saved preference, switcher cookie, Accept-Language, English). */
export const requestLocale = cache(async (): Promise<Locale> => {
  const viewer = await currentViewer().catch(() => null);
  return chooseLocale(viewer?.locale, (await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
});

function makeTranslator(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale] });
}

/**
 * One translator per language for the life of the process: it keeps the ICU messages it has compiled (and
 * its Intl formatters), so a page does not parse the same messages again on every request.
 */
const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();
export function translatorFor(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

/** The catalogue in this request's language (keys are full paths, e.g. shell.appName). */
export async function getT(locale?: Locale) {
  return translatorFor(locale ?? (await requestLocale()));
}

/** A message that travels as data (lib/i18n/message.ts), in this request's language. */
export async function translateMessage(text: string | undefined, locale?: Locale) {
  return messageText(await getT(locale), text);
}

export type Translator = ReturnType<typeof makeTranslator>;

/** Dates, numbers and prices in this request's language (lib/format.ts). */
export async function getFormat(locale?: Locale) {
  return formatsFor(locale ?? (await requestLocale()));
}

/** The name of a user's organisation in the reader's words: the program operator's team has none of its own. */
export function organisationName(user: Pick<Viewer, "role" | "orgName">, t: Translator): string {
  return roles[user.role].organisation === "program" ? t("shell.programName") : user.orgName;
}

/** A partner's name as a page shows it: the data layer's stand-in for a name the viewer may not read, in the reader's words. */
export function partnerName(name: string, t: Translator): string;
export function partnerName(name: string | null, t: Translator): string | null;
export function partnerName(name: string | null, t: Translator): string | null {
  return name === ANOTHER_RESELLER ? t("subscriptions.anotherReseller") : name;
}
