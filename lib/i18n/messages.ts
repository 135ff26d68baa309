import type { Locale } from "./preferences";
import * as admin from "./messages/admin";
import * as common from "./messages/common";
import * as desk from "./messages/desk";
import * as editor from "./messages/editor";
import * as importer from "./messages/importer";
import * as media from "./messages/media";
import * as outage from "./messages/outage";
import * as reader from "./messages/reader";
import * as review from "./messages/review";

export type { Locale };

/**
 * Every interface string, in Arabic (the default) and English, one file per
 * area under messages/. Each area types its English against its Arabic, so a
 * string missing from English fails the typecheck. `{name}` placeholders are
 * filled by `translate`.
 */
const areas = [common, reader, editor, admin, importer, desk, review, media, outage] as const;

const ar = Object.assign({}, ...areas.map((area) => area.ar)) as UnionToIntersection<(typeof areas)[number]["ar"]>;
const en = Object.assign({}, ...areas.map((area) => area.en)) as Record<MessageKey, string>;

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

export type MessageKey = keyof typeof ar;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { ar, en };

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(ar, value);
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export const translator = (locale: Locale): Translate => (key, params) => translate(locale, key, params);

/** The strings whose keys start with one of `prefixes`, for handing to a client component. */
export function pickMessages(locale: Locale, prefixes: string[]): Partial<Record<MessageKey, string>> {
  return Object.fromEntries(
    (Object.keys(ar) as MessageKey[])
      .filter((key) => prefixes.some((prefix) => key.startsWith(prefix)))
      .map((key) => [key, translate(locale, key)]),
  );
}
