import type { Metadata } from "next";
import { ClaimForm } from "@/components/editor/claim-form";
import { emptyClaimDraft } from "@/components/editor/claim-draft";
import { requirePermission } from "@/lib/auth/require-permission";
import { pathWithQuery } from "@/lib/auth/safe-callback";
import { claimFormProps } from "@/components/editor/claim-form-props";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getStoryChoice } from "@/lib/stories/list-desk-stories";
import { getTipGroupDraft } from "@/lib/tips/list-tip-groups";
import { firstParam } from "@/lib/validation/path-segments";
import { createClaimAction, createClaimFromTipAction, proposeSourceAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

type Query = { story?: string | string[]; tip?: string | string[] };

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const actor = await requirePermission("claim.create", pathWithQuery("/editor/claims/new", query));
  const { t } = await getI18n();
  // A story's own "new claim" link files the claim under it, however old the story is;
  // a tip's "turn into a claim" starts from the tip's words, and saving marks its group.
  const [props, story, tip] = await Promise.all([claimFormProps(actor), getStoryChoice(firstParam(query.story)), getTipGroupDraft(firstParam(query.tip))]);
  const initial = { ...emptyClaimDraft(), stories: story ? [story] : [], text: tip ? [tip.text, tip.url].filter(Boolean).join("\n") : "" };
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">{t("editor.claim.newTitle")}</h1>
      {tip && (
        <p className="mb-4 rounded border border-accent/30 bg-white p-3" data-testid="from-tip">
          {t("editor.tips.fromTip")}
        </p>
      )}
      {tip ? (
        <ClaimForm
          mode="create"
          action={createClaimFromTipAction}
          draftKey={`claim:new:tip:${tip.groupId}`}
          initial={initial}
          fixed={{ tipGroupId: tip.groupId }}
          proposeSource={proposeSourceAction}
          {...props}
        />
      ) : (
        <ClaimForm mode="create" action={createClaimAction} draftKey="claim:new" initial={initial} fixed={{}} proposeSource={proposeSourceAction} {...props} />
      )}
    </div>
  );
}
