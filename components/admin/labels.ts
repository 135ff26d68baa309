import type { MessageKey, Translate } from "@/lib/i18n/messages";

/** Strings a client component needs, translated on the server. */
export type Labels<Key extends MessageKey> = Record<Key, string>;

/** Picks the strings a client component needs, in the reader's language, so the browser receives only those. */
export function pickLabels<const Key extends MessageKey>(t: Translate, keys: readonly Key[]): Labels<Key> {
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Labels<Key>;
}

/** Fills the `{name}` placeholders of a picked string. */
export function fill(label: string, params: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
