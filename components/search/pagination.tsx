import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";

/** Previous / next links and where the reader is; each page has its own address. */
export function Pagination({
  page,
  pages,
  href,
  prefs,
  t,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  prefs: Preferences;
  t: Translate;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("reader.pagination")} className="no-print mt-6 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("reader.pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        {t("reader.pagination.pageOf", { page: formatNumber(page, prefs), pages: formatNumber(pages, prefs) })}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("reader.pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
