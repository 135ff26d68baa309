import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Preferences } from "@/lib/i18n/preferences";

/** "Previous · page 2 of 5 · Next" for a list whose query string carries its filters and `page`. */
export function Pagination({
  page,
  pageCount,
  params,
  basePath,
  t,
  prefs,
}: {
  page: number;
  pageCount: number;
  params: Record<string, string | undefined>;
  basePath: string;
  t: Translate;
  prefs: Preferences;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(target) }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `${basePath}?${query}`;
  };
  return (
    <nav aria-label={t("admin.pagination.label")} className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">{t("admin.pagination.previous")}</Link> : <span />}
      <span>{t("admin.pagination.pageOf", { page: formatNumber(page, prefs), count: formatNumber(pageCount, prefs) })}</span>
      {page < pageCount ? <Link href={href(page + 1)} rel="next">{t("admin.pagination.next")}</Link> : <span />}
    </nav>
  );
}
