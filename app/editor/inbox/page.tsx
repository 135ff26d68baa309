import type { Metadata } from "next";
import { InboxView } from "@/components/editor/inbox";
import { actorUserId } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/require-permission";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getInbox } from "@/lib/inbox/get-inbox";
import { markMentionsReadAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = "force-dynamic";

/** What waits for the signed-in editor: reviews, assignments, mentions. */
export default async function InboxPage() {
  const actor = await requirePermission("claim.readDraft", "/editor/inbox");
  const userId = actorUserId(actor);
  const [{ t, prefs }, inbox] = await Promise.all([getI18n(), userId ? getInbox(userId) : { reviews: [], assigned: [], mentions: [] }]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("inbox.title")}</h1>
      <p className="text-muted">{t("inbox.intro")}</p>
      <InboxView inbox={inbox} markRead={markMentionsReadAction} t={t} prefs={prefs} />
    </div>
  );
}
