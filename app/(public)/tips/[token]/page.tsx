import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TipStatus } from "@/components/tips/tip-status";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/request-preferences";
import { getTipStatus } from "@/lib/tips/get-tip-status";

// A tipster's own page: never indexed, never cached, its address the only key to it.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function TipStatusPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ t, prefs }, { token }] = await Promise.all([getI18n(), params]);
  const tip = await getTipStatus(token).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("reader.tips.receivedTitle")}</h1>
      <p className="rounded border border-accent/30 bg-white p-3">{t("reader.tips.keepLink")}</p>
      <TipStatus tip={tip} prefs={prefs} t={t} />
      <p>
        <Link href="/tips/new">{t("reader.tips.another")}</Link>
      </p>
    </div>
  );
}
