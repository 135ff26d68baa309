import type { Metadata } from "next";
import Link from "next/link";
import { ClaimCard } from "@/components/claims/claim-card";
import { LocalizedName, UserText } from "@/components/claims/user-text";
import { HighlightedText } from "@/components/search/highlighted-text";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search/search-form";
import { sourcePath } from "@/lib/reader/paths";
import { formatCount } from "@/lib/i18n/format-count";
import { formatNumber } from "@/lib/i18n/format-number";
import { getI18n } from "@/lib/i18n/request-preferences";
import { SEARCH_PAGE_SIZE, searchClaims } from "@/lib/search/search-claims";
import { getSearchFilterOptions } from "@/lib/search/search-filter-options";
import { hasSearchFilters, parseSearchQuery, searchHref } from "@/lib/search/search-query";
import { searchSources } from "@/lib/search/search-sources";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { t } = await getI18n();
  const { q } = parseSearchQuery(await searchParams);
  // Result pages are endless variations of the same claims: keep them out of search engines.
  return { title: q ? t("reader.search.titleFor", { q }) : t("reader.search.title"), robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { prefs, t } = await getI18n();
  const query = parseSearchQuery(await searchParams);
  const [options, result, sources] = await Promise.all([
    getSearchFilterOptions(),
    searchClaims(query),
    query.page === 1 ? searchSources(query.q) : [],
  ]);
  const searched = Boolean(query.q || hasSearchFilters(query));
  const pages = Math.ceil(result.total / SEARCH_PAGE_SIZE);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("reader.search.title")}</h1>
      <SearchForm query={query} options={options} prefs={prefs} t={t} />

      {sources.length > 0 && (
        <section aria-labelledby="source-results" data-testid="source-results">
          <h2 id="source-results" className="mb-3 text-xl font-bold">
            {t("reader.search.sources")}
          </h2>
          <ul className="flex flex-wrap gap-3">
            {sources.map((source) => (
              <li key={source.id} className="rounded-lg border border-stone-200 bg-white px-3 py-2">
                <Link href={sourcePath(source.slug)} className="font-semibold">
                  <LocalizedName record={source} locale={prefs.locale} highlightWords={query.q} />
                </Link>
                <span className="ms-2 text-sm text-muted">{t(`source.kind.${source.kind}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {searched && (
        <section aria-labelledby="claim-results" data-testid="claim-results">
          <h2 id="claim-results" className="mb-1 text-xl font-bold">
            {t("reader.search.claims")}
          </h2>
          <p className="mb-4 text-sm text-muted" role="status">
            {result.total === 0
              ? t("reader.search.noResults")
              : result.totalCapped
                ? t("reader.count.resultsCapped", { count: formatNumber(result.total, prefs) })
                : formatCount(t, prefs, "reader.count.results", result.total)}
          </p>
          <ol className="space-y-4">
            {result.claims.map((claim) => (
              <li key={claim.id} data-testid="search-result">
                <ClaimCard
                  claim={claim}
                  prefs={prefs}
                  t={t}
                  highlightWords={query.q}
                  label={
                    claim.summary && (
                      <UserText as="p" lang={claim.language}>
                        <HighlightedText text={claim.summary} words={query.q} />
                      </UserText>
                    )
                  }
                />
              </li>
            ))}
          </ol>
          <Pagination page={query.page} pages={pages} href={(page) => searchHref(query, { page })} prefs={prefs} t={t} />
        </section>
      )}
    </div>
  );
}
