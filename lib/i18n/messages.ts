import en from "@/messages/en.json";
import zhTW from "@/messages/zh-TW.json";
import type { Locale } from "./config";

export type Messages = typeof en;

/** Both catalogues are small: bundled, never fetched. tests/unit/i18n.test.ts keeps their keys equal. */
export const catalogues: Record<Locale, Messages> = { en, "zh-TW": zhTW };

/**
 * The parts of the catalogue that client components ("use client") word in the browser. Only these travel with
 * every page (the root layout's NextIntlClientProvider puts them into each response's RSC payload); everything else
 * is worded on the server. tests/unit/i18n.test.ts fails when a client component uses a key outside these.
 */
export const CLIENT_MESSAGES = [
  "shell.switcher",
  "shell.working",
  "shell.workingStatus",
  "shell.none",
  "shell.saving",
  "shell.signOut",
  "shell.language",
  "shell.error",
  "customers.wizard",
  "customers.fields",
  "customers.combobox",
  "customers.list.hide",
  "customers.list.show",
  "customers.list.none",
  "customers.list.noSubscriptions",
  "customers.list.licenses",
  "customers.list.addSubscription",
  "customers.list.loading",
  "customers.list.loadFailed",
  "subscriptions.status",
  "profile.form",
  "validation.constraint.logoSize",
  "relationships.request",
  "relationships.restrict",
  "relationships.send",
  "relationships.invitation",
  "relationships.enrol",
  "operator.requests",
  "auth.changePassword",
  "auth.signIn",
  "auth.forgotPassword",
  "auth.setPassword",
  "users.account",
  "users.temporaryPassword",
  "users.copyTemporary",
  "users.giveIt",
  "users.name",
  "users.email",
  "users.role",
  "users.addUser",
  "users.changeRoleOf",
  "users.changeRole",
  "users.resetPassword",
] as const;

type Tree = { [key: string]: string | Tree };

/** The subtrees of `tree` at `paths` (a missing path is left out). */
export function pickMessages(tree: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const key of paths) {
    const parts = key.split(".");
    let from: string | Tree | undefined = tree;
    for (const part of parts) from = typeof from === "object" ? from[part] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const part of parts.slice(0, -1)) into = (into[part] ??= {}) as Tree;
    into[parts.at(-1)!] = from;
  }
  return out;
}

/** What the browser gets of each catalogue: CLIENT_MESSAGES only, picked once. */
export const clientCatalogues: Record<Locale, Tree> = {
  en: pickMessages(en, CLIENT_MESSAGES),
  "zh-TW": pickMessages(zhTW, CLIENT_MESSAGES),
};
