import type { Metadata } from "next";
import { ClaimForm } from "@/components/editor/claim-form";
import { emptyClaimDraft } from "@/components/editor/claim-draft";
import { requirePermission } from "@/lib/auth/require-permission";
import { pathWithQuery } from "@/lib/auth/safe-callback";
import { claimFormProps } from "@/components/editor/claim-form-props";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getStoryChoice } from "@/lib/stories/list-desk-stories";
import { firstParam } from "@/lib/validation/path-segments";
import { createClaimAction, proposeSourceAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<{ story?: string | string[] }> }) {
  const query = await searchParams;
  const actor = await requirePermission("claim.create", pathWithQuery("/editor/claims/new", query));
  const { t } = await getI18n();
  // A story's own "new claim" link files the claim under it, however old the story is.
  const [props, story] = await Promise.all([claimFormProps(actor), getStoryChoice(firstParam(query.story))]);
  const initial = { ...emptyClaimDraft(), stories: story ? [story] : [] };
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">{t("editor.claim.newTitle")}</h1>
      <ClaimForm mode="create" action={createClaimAction} draftKey="claim:new" initial={initial} fixed={{}} proposeSource={proposeSourceAction} {...props} />
    </div>
  );
}
