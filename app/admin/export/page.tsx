import type { Metadata } from "next";
import { ExportDownload } from "@/components/admin/export-download";
import { AdminSection } from "@/components/admin/admin-section";
import { requirePermission } from "@/lib/auth/require-permission";
import type { MessageKey } from "@/lib/i18n/messages";
import { pickMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/request-preferences";
import type { DownloadName } from "@/lib/archive/archive-download";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.export.title") };
}

const FILES: { file: DownloadName; title: MessageKey; hint: MessageKey }[] = [
  { file: "archive.jsonl", title: "admin.export.archive", hint: "admin.export.archiveHint" },
  { file: "claims.csv", title: "admin.export.claims", hint: "admin.export.claimsHint" },
  { file: "sources.csv", title: "admin.export.sources", hint: "admin.export.sourcesHint" },
];

export default async function ExportPage() {
  await requirePermission("archive.export", "/admin/export");
  const { t, prefs } = await getI18n();
  const messages = pickMessages(prefs.locale, ["admin.export."]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("admin.export.title")}</h1>
      <p className="max-w-prose">{t("admin.export.intro")}</p>
      {FILES.map(({ file, title, hint }) => (
        <AdminSection key={file} id={`export-${file.replace(".", "-")}`} title={t(title)}>
          <p className="max-w-prose text-sm">{t(hint)}</p>
          <ExportDownload href={`/admin/export/${file}`} fileLabel={t(title)} messages={messages} prefs={prefs} />
        </AdminSection>
      ))}
    </div>
  );
}
