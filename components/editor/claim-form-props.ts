import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { claimFormOptions } from "@/lib/claims/claim-form-options";
import { initialClaimStatuses, nextClaimStatuses } from "@/lib/claims/claim-workflow";
import { pickMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { reviewBeforePublishing } from "@/lib/settings/desk-settings";
import { labelled, SOURCE_KINDS, type ClaimStatus } from "@/lib/vocabulary";

// The languages claims in these newsrooms are mostly said in; a claim stored in
// another one (through the API or an import) keeps its own in the list.
const LANGUAGES = ["ar", "en", "fr", "ru", "uk", "he", "fa", "tr", "ku", "es", "de", "zh"] as const;

/**
 * The props every claim form page hands to <ClaimForm>: options, strings,
 * kind and language labels, and the statuses it may save: a new claim's
 * starts, or (given the claim's status) that one and the workflow's next steps.
 */
export async function claimFormProps(actor: Actor, status?: ClaimStatus) {
  const { prefs, t } = await getI18n();
  const [options, reviewRequired] = await Promise.all([claimFormOptions(), reviewBeforePublishing()]);
  const languageName = new Intl.DisplayNames([prefs.locale], { type: "language" });
  return {
    ...options,
    statuses: status ? [status, ...nextClaimStatuses(actor, status, { reviewRequired })] : initialClaimStatuses(actor, { reviewRequired }),
    messages: pickMessages(prefs.locale, ["editor."]),
    kindLabels: labelled(SOURCE_KINDS, (kind) => t(`source.kind.${kind}`)),
    languageLabels: labelled(LANGUAGES, (code) => languageName.of(code) ?? code),
  };
}

export type ClaimFormProps = Awaited<ReturnType<typeof claimFormProps>>;
