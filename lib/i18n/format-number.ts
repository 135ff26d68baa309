import { intlLocale, numberFormat } from "./intl";
import type { Preferences } from "./preferences";

/** A number in the reader's language and digits: "1,234" or "١٬٢٣٤". */
export function formatNumber(n: number, prefs: Pick<Preferences, "locale" | "digits">): string {
  return numberFormat(intlLocale(prefs.locale), { numberingSystem: prefs.digits }).format(n);
}
