/**
 * Messages that travel as data (zod issues, ActionError, constraint messages, action results) carry a
 * catalogue key and its values instead of words: `msg("validation.maxChars", { max: 200 })`. The action
 * wrapper (server) and the forms (client-side checks) turn them into the reader's language with
 * `messageText`. A string that is no key is shown as it is.
 */
export type MessageValues = Record<string, string | number>;

const SEPARATOR = "\u001f";

export function msg(key: string, values?: MessageValues): string {
  return values ? `${key}${SEPARATOR}${JSON.stringify(values)}` : key;
}

export function parseMessage(text: string): { key: string; values?: MessageValues } {
  const at = text.indexOf(SEPARATOR);
  if (at < 0) return { key: text };
  try {
    return { key: text.slice(0, at), values: JSON.parse(text.slice(at + 1)) as MessageValues };
  } catch {
    return { key: text.slice(0, at) };
  }
}

/** The subset of a next-intl translator this needs (server `createTranslator`, client `useTranslations`). */
export type Translate = { (key: never, values?: never): string; has(key: never): boolean };

/** A message (key or plain text) in the translator's language. */
export function messageText(t: Translate, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const { key, values } = parseMessage(text);
  const tt = t as unknown as { (key: string, values?: MessageValues): string; has(key: string): boolean };
  if (!/^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/.test(key) || !tt.has(key)) return text;
  return tt(key, values);
}
