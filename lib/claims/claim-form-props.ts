import "server-only";
import { pickMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { claimFormOptions } from "./claim-form-options";

const KINDS = ["agency", "outlet", "government", "person", "anonymous", "social", "other"] as const;

// The languages claims in these newsrooms are mostly said in; a claim stored in
// another one (through the API or an import) keeps its own in the list.
const LANGUAGES = ["ar", "en", "fr", "ru", "uk", "he", "fa", "tr", "ku", "es", "de", "zh"] as const;

/** The props every claim form page hands to <ClaimForm>: options, strings, kind and language labels. */
export async function claimFormProps() {
  const { prefs, t } = await getI18n();
  const options = await claimFormOptions();
  const languageName = new Intl.DisplayNames([prefs.locale], { type: "language" });
  return {
    ...options,
    messages: pickMessages(prefs.locale, ["editor."]),
    kindLabels: Object.fromEntries(KINDS.map((kind) => [kind, t(`source.kind.${kind}`)])),
    languageLabels: Object.fromEntries(LANGUAGES.map((code) => [code, languageName.of(code) ?? code])),
  };
}
