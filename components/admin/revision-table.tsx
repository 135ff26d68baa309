import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { changedFieldLabels, entityHref, keptSourceOf, revisionSubject } from "@/lib/audit/describe-revision";
import type { AuditEntry } from "@/lib/audit/list-revisions";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { isMessageKey, type Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";

/** Revisions as the admin reads them: when, who, what was done to which record, and the full before/after on request. */
export function RevisionTable({ revisions, t, prefs }: { revisions: AuditEntry[]; t: Translate; prefs: Preferences }) {
  const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  // Actions may carry a detail after a dot (status.published, restore.42): the label names the kind.
  const actionLabel = (action: string) => label(`admin.audit.action.${action}`, label(`admin.audit.action.${action.split(".")[0]}`, action));
  const rows = revisions.map((revision) => {
    const subject = revisionSubject(revision.before, revision.after) ?? revision.entityId;
    const href = entityHref(revision.entityType, revision.entityId, revision.before, revision.after);
    const kept = keptSourceOf(revision.after);
    const fields = changedFieldLabels(revision, { t, prefs });
    return {
      key: String(revision.id),
      testId: "audit-row",
      cells: {
        when: <span className="whitespace-nowrap">{formatClaimTime(revision.createdAt, "exact", prefs)}</span>,
        who: (
          <>
            {revision.actor ? <bdi>{revision.actor.name}</bdi> : t("admin.audit.system")}
            {revision.token && (
              <span className="block text-xs text-muted">
                {t("admin.audit.viaToken")} <bdi>{revision.token.name}</bdi>
              </span>
            )}
          </>
        ),
        what: (
          <>
            <span className="font-semibold" data-testid="audit-action">
              {actionLabel(revision.action)}
            </span>{" "}
            <span className="text-muted">{label(`admin.audit.entity.${revision.entityType}`, revision.entityType)}</span>
            {fields.length > 0 && (
              <span className="block text-xs text-muted">
                {t("admin.audit.changed")} <bdi>{fields.join(prefs.locale === "en" ? ", " : "، ")}</bdi>
              </span>
            )}
          </>
        ),
        record: (
          <>
            {href ? (
              <Link href={href}>
                <bdi>{subject}</bdi>
              </Link>
            ) : (
              <bdi>{subject}</bdi>
            )}
            {kept && (
              <span className="block text-xs">
                {t("admin.audit.keptSource")}{" "}
                <Link href={`/admin/sources/${kept.id}`} className="underline">
                  <bdi>{kept.name}</bdi>
                </Link>
              </span>
            )}
            <details className="mt-1">
              <summary className="cursor-pointer text-xs text-accent">{t("admin.audit.details")}</summary>
              <div className="mt-2 grid gap-2 lg:grid-cols-2">
                {(["before", "after"] as const).map((side) => (
                  <div key={side}>
                    <p className="text-xs font-semibold">{t(`admin.audit.${side}`)}</p>
                    <pre dir="ltr" className="max-h-64 overflow-auto rounded bg-stone-50 p-2 text-xs">
                      {revision[side] == null ? "—" : JSON.stringify(revision[side], null, 2)}
                    </pre>
                  </div>
                ))}
              </div>
            </details>
          </>
        ),
      },
    };
  });
  return (
    <AdminTable
      columns={{ when: t("admin.audit.when"), who: t("admin.audit.who"), what: t("admin.audit.what"), record: t("admin.audit.record") }}
      rows={rows}
    />
  );
}
