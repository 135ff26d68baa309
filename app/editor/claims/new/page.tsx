import type { Metadata } from "next";
import { ClaimForm } from "@/components/editor/claim-form";
import { emptyClaimDraft } from "@/components/editor/claim-draft";
import { requirePermission } from "@/lib/auth/require-permission";
import { pathWithQuery } from "@/lib/auth/safe-callback";
import { claimFormProps } from "@/components/editor/claim-form-props";
import { getI18n } from "@/lib/i18n/request-preferences";
import { createClaimAction, proposeSourceAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<{ story?: string }> }) {
  const query = await searchParams;
  const actor = await requirePermission("claim.create", pathWithQuery("/editor/claims/new", query));
  const { t } = await getI18n();
  const props = await claimFormProps(actor);
  const { story } = query;
  const initial = { ...emptyClaimDraft(), storyIds: story && props.stories.some((s) => s.id === story) ? [story] : [] };
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">{t("editor.claim.newTitle")}</h1>
      <ClaimForm mode="create" action={createClaimAction} draftKey="claim:new" initial={initial} fixed={{}} proposeSource={proposeSourceAction} {...props} />
    </div>
  );
}
