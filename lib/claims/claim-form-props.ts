import "server-only";
import { pickMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { claimFormOptions } from "./claim-form-options";

const KINDS = ["agency", "outlet", "government", "person", "anonymous", "social", "other"] as const;

/** The props every claim form page hands to <ClaimForm>: options, strings, kind labels. */
export async function claimFormProps() {
  const { prefs, t } = await getI18n();
  const options = await claimFormOptions();
  return {
    ...options,
    messages: pickMessages(prefs.locale, ["editor."]),
    kindLabels: Object.fromEntries(KINDS.map((kind) => [kind, t(`source.kind.${kind}`)])),
  };
}
