import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/form-status";
import { UserText } from "@/components/claims/user-text";
import type { Inbox } from "@/lib/inbox/get-inbox";
import type { FormAction } from "@/lib/http/form-state";
import { formatClaimTime } from "@/lib/i18n/format-date";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import { excerpt } from "@/lib/text/excerpt";

const CLAIM_EXCERPT = 90;

type ClaimLine = Inbox["assigned"][number];

function ClaimLink({ claim }: { claim: Pick<ClaimLine, "id" | "text" | "claimant"> }) {
  return (
    <Link href={`/editor/claims/${claim.id}`} className="font-semibold">
      <UserText>{claim.claimant.name}</UserText>: <UserText>{excerpt(claim.text, CLAIM_EXCERPT)}</UserText>
    </Link>
  );
}

/** An editor's inbox (lib/inbox/get-inbox.ts): reviews waiting for them, their assignments, unread mentions. */
export function InboxView<Result>({
  inbox: { reviews, assigned, mentions },
  markRead,
  t,
  prefs,
}: {
  inbox: Inbox;
  markRead: FormAction<Result>;
  t: Translate;
  prefs: Preferences;
}) {
  const when = (date: Date) => formatClaimTime(date, "exact", prefs);
  return (
    <div className="space-y-8">
      <InboxSection id="reviews" title="inbox.reviews" empty="inbox.reviewsNone" count={reviews.length} t={t}>
        {reviews.map((review) => (
          <li key={review.id} className="space-y-1 p-3">
            <ClaimLink claim={review.claim} />
            <p className="text-sm text-muted">{t("inbox.reviewBy", { who: review.requestedBy.name, when: when(review.createdAt) })}</p>
          </li>
        ))}
      </InboxSection>
      <InboxSection id="assigned" title="inbox.assigned" empty="inbox.assignedNone" count={assigned.length} t={t}>
        {assigned.map((claim) => (
          <li key={claim.id} className="flex flex-wrap items-baseline gap-x-3 p-3">
            <ClaimLink claim={claim} />
            <span className="text-sm text-muted">{t(`editor.status.${claim.status}`)}</span>
          </li>
        ))}
      </InboxSection>
      <InboxSection id="mentions" title="inbox.mentions" empty="inbox.mentionsNone" count={mentions.length} t={t}>
        {mentions.map((note) => (
          <li key={note.id} className="space-y-1 p-3">
            <ClaimLink claim={note.claim} />
            <p className="text-sm text-muted">{t("inbox.mentionBy", { who: note.author.name, when: when(note.createdAt) })}</p>
            <UserText as="p" className="whitespace-pre-line [overflow-wrap:anywhere]">
              {excerpt(note.body, 280)}
            </UserText>
            <ActionForm action={markRead}>
              <input type="hidden" name="noteIds" value={note.id} />
              <SubmitButton label={t("inbox.markRead")} className="text-sm text-accent underline" />
            </ActionForm>
          </li>
        ))}
      </InboxSection>
      {mentions.length > 1 && (
        <ActionForm action={markRead}>
          <SubmitButton label={t("inbox.markAllRead")} className="rounded border border-accent px-4 py-2 text-accent" />
        </ActionForm>
      )}
    </div>
  );
}

function InboxSection({ id, title, empty, count, t, children }: { id: string; title: MessageKey; empty: MessageKey; count: number; t: Translate; children: ReactNode }) {
  return (
    <section aria-labelledby={`inbox-${id}`} data-testid={`inbox-${id}`}>
      <h2 id={`inbox-${id}`} className="mb-2 text-lg font-semibold">
        {t(title)}
      </h2>
      {count === 0 ? <p className="text-muted">{t(empty)}</p> : <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">{children}</ul>}
    </section>
  );
}
