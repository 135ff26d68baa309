import { formatNumber } from "./format-number";
import { intlLocale } from "./intl";
import type { MessageKey, Translate } from "./messages";
import type { Preferences } from "./preferences";

type Counted<K extends string> = K extends `${infer Base}.other` ? Base : never;
/** Message families with one form per plural category (".zero" … ".other"). */
export type CountKey = Counted<MessageKey>;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A count with its noun in the form the number takes: Arabic has six
 * ("لا ادعاءات", "ادعاء واحد", "ادعاءان", "٣ ادعاءات", "١١ ادعاءً", "١٠٠ ادعاء"),
 * English two. The category comes from Intl.PluralRules; each family of
 * messages has a form for every category of both languages.
 */
export function formatCount(t: Translate, prefs: Pick<Preferences, "locale" | "digits">, key: CountKey, count: number): string {
  const locale = intlLocale(prefs.locale);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return t(`${key}.${rules.select(count)}` as MessageKey, { count: formatNumber(count, prefs) });
}
