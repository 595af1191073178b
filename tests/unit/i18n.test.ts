import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhTW from "@/messages/zh-TW.json";
import { negotiateLocale } from "@/lib/i18n/config";
import { messageText, msg } from "@/lib/i18n/message";
import { permissions } from "@/lib/permissions";
import { translatorFor } from "@/lib/i18n/server";
import { CLIENT_MESSAGES, clientCatalogues } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

/** Every key of a catalogue, as a full path ("customers.wizard.next"). */
export function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
}

function valueAt(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/** The argument names an ICU message uses ({name}, {n, plural, …}), nested ones too. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

const NAMESPACES = [
  "shell",
  "auth",
  "relationships",
  "customers",
  "subscriptions",
  "profile",
  "operator",
  "activity",
  "validation",
  "errors",
  "users",
  "orders",
  "email",
];
const root = path.resolve(__dirname, "../..");

/** Every .ts/.tsx file of the application (not tests, not generated). */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** The files of app/, components/ and lib/ that run in the browser ("use client"). */
function clientComponentFiles(): string[] {
  return ["app", "components", "lib"]
    .flatMap(sourceFiles)
    .filter((file) => /^["']use client["']/m.test(fs.readFileSync(path.join(root, file), "utf8")));
}

describe("message catalogues", () => {
  const enKeys = keysOf(en);
  const zhKeys = keysOf(zhTW);

  it("have the same keys in English and Traditional Chinese, one namespace per area", () => {
    expect(
      zhKeys.filter((k) => !enKeys.includes(k)),
      "in zh-TW.json only",
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !zhKeys.includes(k)),
      "missing from zh-TW.json",
    ).toEqual([]);
    expect(Object.keys(en).filter((ns) => !NAMESPACES.includes(ns))).toEqual([]);
  });

  it("are valid ICU messages with the same arguments in both languages", () => {
    for (const key of enKeys) {
      const a = argumentsOf(parse(valueAt(en, key)!));
      const b = argumentsOf(parse(valueAt(zhTW, key)!));
      expect([...b].sort(), key).toEqual([...a].sort());
    }
  });

  it("contain every key the code uses", () => {
    const used = new Map<string, string>();
    // A string literal shaped like a key; not an object key nor an activity name (`name: "profile.request_change"`).
    const literal = new RegExp(
      `(?<!(?:name|action): )["'\`]((?:${NAMESPACES.join("|")})\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)["'\`](?!\\s*:)`,
      "g",
    );
    // lib/i18n/messages.ts names subtrees (CLIENT_MESSAGES), checked below.
    for (const file of ["app", "components", "lib", "db"].flatMap(sourceFiles).filter((f) => f !== "lib/i18n/messages.ts")) {
      for (const m of fs.readFileSync(path.join(root, file), "utf8").matchAll(literal)) {
        // Permission names ("customers.view") share the shape; they are no messages.
        if (!(permissions as readonly string[]).includes(m[1]!)) used.set(m[1]!, file);
      }
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter(([key]) => !enKeys.includes(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it("send the browser only the messages client components word, and all of those", () => {
    const covered = (key: string) => CLIENT_MESSAGES.some((p) => key === p || key.startsWith(`${p}.`));
    const literal = new RegExp(`["'\`]((?:${NAMESPACES.join("|")})\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)["'\`](?!\\s*:)`, "g");
    const clientFiles = clientComponentFiles();
    expect(clientFiles.length).toBeGreaterThan(10);
    const outside: string[] = [];
    const computed: string[] = [];
    for (const file of clientFiles) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      for (const m of source.matchAll(literal)) if (!covered(m[1]!)) outside.push(`${m[1]} (${file})`);
      // A key the test cannot read (t(someVariable)) could be anything: client components name their keys.
      for (const m of source.matchAll(/\bt\(\s*(?!["'`])(?![\w.]+\s*\?\s*["'`])([^,)]*)/g)) computed.push(`t(${m[1]}) (${file})`);
    }
    expect(outside, "keys used in the browser but not in CLIENT_MESSAGES").toEqual([]);
    expect(computed, "computed keys in client components").toEqual([]);
    // What is sent is a real part of the catalogue, and much less than all of it.
    for (const p of CLIENT_MESSAGES)
      expect(
        enKeys.some((k) => k === p || k.startsWith(`${p}.`)),
        p,
      ).toBe(true);
    expect(JSON.stringify(clientCatalogues.en).length).toBeLessThan(JSON.stringify(en).length / 2);
    expect(keysOf(clientCatalogues["zh-TW"])).toEqual(keysOf(clientCatalogues.en));
  });

  it("leave country names to the server: client components take them as props", () => {
    // Intl's country names differ between Node and the browser: a client component naming countries renders
    // other text than the server's HTML, and React then throws the hydrated form away with what was typed.
    const clientFiles = clientComponentFiles();
    const naming = clientFiles.filter((file) =>
      /import\s*\{[^}]*\b(countryChoices|countryName)\b[^}]*\}\s*from\s*["']@\/lib\/countries["']|new Intl\.DisplayNames/.test(
        fs.readFileSync(path.join(root, file), "utf8"),
      ),
    );
    expect(naming).toEqual([]);
  });

  it("translate messages that travel as keys, and leave other text alone", () => {
    const zh = translatorFor("zh-TW");
    expect(messageText(zh, msg("validation.maxChars", { max: 200 }))).toBe("請最多使用 200 個字元。");
    expect(messageText(translatorFor("en"), msg("auth.tooManyAttempts", { minutes: 2 }))).toBe(
      "Too many attempts. Try again in 2 minutes.",
    );
    expect(messageText(zh, "Plain words.")).toBe("Plain words.");
    expect(messageText(zh, "shell.noSuchKey")).toBe("shell.noSuchKey");
  });
});

describe("language from Accept-Language", () => {
  it("takes the first supported language by quality, Traditional for zh/zh-TW/zh-HK/zh-Hant, nothing for Simplified", () => {
    expect(negotiateLocale("zh-TW,zh;q=0.9,en;q=0.8")).toBe("zh-TW");
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en");
    expect(negotiateLocale("fr-FR, en;q=0.5, zh-TW;q=0.7")).toBe("zh-TW");
    expect(negotiateLocale("zh-Hant-HK")).toBe("zh-TW");
    expect(negotiateLocale("zh-CN")).toBeNull();
    expect(negotiateLocale("de")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale("zh-TW;q=0, en")).toBe("en");
  });
});
