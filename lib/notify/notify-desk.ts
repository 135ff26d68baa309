import { actorUserId, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { translate, type MessageKey } from "@/lib/i18n/messages";
import { enqueueInTransaction } from "@/lib/queue/enqueue-in-transaction";
import { absoluteUrl } from "@/lib/reader/paths";
import { excerpt } from "@/lib/text/excerpt";
import { EMAIL_QUEUE, type EmailJob } from "./email-queue";
import { mailSettings } from "./mail-settings";

/** What a colleague is told by email; in the app, the inbox tells them the same (lib/inbox/). */
export type DeskNotice = "reviewRequested" | "reviewApproved" | "reviewReturned" | "mentioned";

const SUBJECT_EXCERPT = 60;
const BODY_EXCERPT = 300;

/**
 * Emails `recipients` (user ids) about a claim, when SMTP is configured
 * (mail-settings.ts): queued in the write's transaction, so a rolled-back
 * write sends nothing, and sent by the email worker with retries. Arabic
 * first, then English: an account has no language of its own. Disabled
 * accounts and the actor themself are left out.
 */
export async function notifyByEmail(tx: Tx, actor: Actor, notice: DeskNotice, claimId: string, recipients: string[]): Promise<void> {
  if (!mailSettings()) return;
  const actorId = actorUserId(actor);
  const to = recipients.filter((id) => id !== actorId);
  if (to.length === 0) return;
  const [users, claim, author] = await Promise.all([
    tx.user.findMany({ where: { id: { in: to }, disabledAt: null }, select: { email: true } }),
    tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { text: true, claimant: { select: { name: true } } } }),
    actorId ? tx.user.findUnique({ where: { id: actorId }, select: { name: true } }) : null,
  ]);
  const params = { who: author?.name ?? "Isnad", claim: excerpt(claim.text, SUBJECT_EXCERPT) };
  const both = (key: MessageKey, extra: Record<string, string> = {}) =>
    [translate("ar", key, { ...params, ...extra }), translate("en", key, { ...params, ...extra })];
  const url = absoluteUrl(`/editor/claims/${claimId}`);
  const [subjectAr] = both(`email.${notice}.subject`);
  const [bodyAr, bodyEn] = both(`email.${notice}.body`);
  const [openAr, openEn] = both("email.open", { url });
  const quoted = `${claim.claimant.name}: ${excerpt(claim.text, BODY_EXCERPT)}`;
  const text = [bodyAr, quoted, openAr, "", "—", "", bodyEn, quoted, openEn].join("\n");
  for (const user of users) {
    const job: EmailJob = { to: user.email, subject: subjectAr!, text };
    await enqueueInTransaction(tx, EMAIL_QUEUE, job);
  }
}
