import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";

/** The address of each page of a list whose query string carries its filters and `page`. */
export function pageHref(basePath: string, params: Record<string, string | undefined>) {
  return (page: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(page) }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `${basePath}?${query}`;
  };
}

/** Previous / next links and where the reader is ("Page 2 of 5"); each page has its own address. */
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
    <nav aria-label={t("pagination.label")} className="no-print mt-6 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{t("pagination.pageOf", { page: formatNumber(page, prefs), pages: formatNumber(pages, prefs) })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
