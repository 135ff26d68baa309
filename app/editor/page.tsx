import type { Metadata } from "next";
import Link from "next/link";
import { ClaimTime } from "@/components/claims/claim-time";
import { requirePermission } from "@/lib/auth/require-permission";
import { listDeskClaims, type DeskClaimCard } from "@/lib/claims/list-desk-claims";
import type { MessageKey } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import { excerpt } from "@/lib/text/excerpt";
import { DeskPageHeading } from "@/components/forms/desk-page-heading";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditorDashboard() {
  const actor = await requirePermission("claim.create", "/editor");
  const { t, prefs } = await getI18n();
  const desk = await listDeskClaims(actor);
  const sections: [MessageKey, DeskClaimCard[], string][] = [
    ["editor.dashboard.assigned", desk.assigned, "assigned"],
    ["editor.dashboard.inReview", desk.inReview, "in-review"],
    ["editor.dashboard.drafts", desk.drafts, "drafts"],
    ["editor.dashboard.published", desk.published, "published"],
    ...(actor.kind === "user" && actor.role === "admin" ? [["editor.dashboard.deleted", desk.deleted, "deleted"] as [MessageKey, DeskClaimCard[], string]] : []),
  ];
  return (
    <div className="space-y-8">
      <DeskPageHeading title={t("editor.title")} newHref="/editor/claims/new" newLabel={t("editor.nav.newClaim")} />
      {sections.map(([title, claims, id]) => (
        <section key={id} aria-labelledby={`desk-${id}`} data-testid={`desk-${id}`}>
          <h2 id={`desk-${id}`} className="mb-2 text-lg font-semibold">
            {t(title)}
          </h2>
          {claims.length === 0 ? (
            <p className="text-muted">{t("editor.dashboard.empty")}</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
              {claims.map((claim) => (
                <li key={claim.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3">
                  <Link href={`/editor/claims/${claim.id}`} className="font-semibold">
                    <bdi>{claim.claimant.name}</bdi>: <bdi>{excerpt(claim.text, 90)}</bdi>
                  </Link>
                  <span className="text-sm text-muted">
                    {t(`editor.status.${claim.status}`)} · <ClaimTime date={claim.saidAt} precision={claim.saidAtPrecision} prefs={prefs} />
                    {claim.assignee && (
                      <>
                        {" · "}
                        <bdi>{claim.assignee.name}</bdi>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
