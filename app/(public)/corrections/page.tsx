import type { Metadata } from "next";
import Link from "next/link";
import { CorrectionNote } from "@/components/claims/correction-notes";
import { LocalizedName, UserText } from "@/components/claims/user-text";
import { pageHref, Pagination } from "@/components/pagination";
import { getI18n } from "@/lib/i18n/request-preferences";
import { claimGist } from "@/lib/reader/claim-card";
import { correctionListParams, listCorrections } from "@/lib/reader/list-corrections";
import { claimPath } from "@/lib/reader/paths";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("reader.corrections.title"), alternates: { types: { "application/atom+xml": "/corrections/feed.xml" } } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every public correction and update, newest first, with the claim each was made on. */
export default async function CorrectionsPage({ searchParams }: Props) {
  const [{ t, prefs }, query] = await Promise.all([getI18n(), searchParams]);
  const { page: requested } = correctionListParams.parse(query);
  const { corrections, page, pages } = await listCorrections({ page: requested });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("reader.corrections.title")}</h1>
      <p className="text-muted">{t("reader.corrections.intro")}</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/corrections-policy">{t("reader.corrections.policy")}</Link>
        <a href="/corrections/feed.xml" type="application/atom+xml">
          {t("reader.corrections.feed")}
        </a>
      </p>
      {corrections.length === 0 ? (
        <p>{t("reader.corrections.none")}</p>
      ) : (
        <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {corrections.map((correction) => (
            <li key={correction.id} className="space-y-1 p-3" data-testid="correction">
              <p>
                <CorrectionNote note={correction} prefs={prefs} t={t} />
              </p>
              <p className="text-sm text-muted">
                {t("reader.corrections.onClaim")}{" "}
                <Link href={claimPath(correction.claim.id)}>
                  <LocalizedName record={correction.claim.claimant} locale={prefs.locale} />: <UserText>{claimGist(correction.claim, 120)}</UserText>
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pages={pages} href={pageHref("/corrections", {})} prefs={prefs} t={t} />
    </div>
  );
}
