import { FilterSelect } from "./filter-select";
import { hasSearchFilters, type SearchQuery } from "@/lib/search/search-query";
import type { getSearchFilterOptions } from "@/lib/search/search-filter-options";
import type { Translate } from "@/lib/i18n/messages";
import { localizedName } from "@/lib/i18n/localized-name";
import type { Preferences } from "@/lib/i18n/preferences";

type Options = Awaited<ReturnType<typeof getSearchFilterOptions>>;

const fieldClass = "rounded border border-stone-300 bg-white px-2 py-1";

/** The search box and its filters: a plain GET form, so every search has an address and needs no client JavaScript. */
export function SearchForm({ query, options, prefs, t }: { query: SearchQuery; options: Options; prefs: Preferences; t: Translate }) {
  const select = (name: "tag" | "source" | "verdict", options: { value: string; label: string }[]) => (
    <FilterSelect name={name} label={t(`reader.filter.${name}`)} value={query[name]} options={options} t={t} />
  );
  return (
    <form role="search" method="get" action="/search" className="space-y-3" aria-label={t("reader.search.title")}>
      <label htmlFor="search-q" className="block font-semibold">
        {t("reader.search.label")}
      </label>
      <div className="flex gap-2">
        <input
          id="search-q"
          name="q"
          type="search"
          dir="auto"
          defaultValue={query.q ?? ""}
          maxLength={200}
          placeholder={t("reader.search.placeholder")}
          aria-describedby="search-hint"
          className={`${fieldClass} min-w-0 flex-1 px-3 py-2 text-lg`}
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
          {t("reader.search.submit")}
        </button>
      </div>
      <p id="search-hint" className="text-sm text-muted">
        {t("reader.search.hint")}
      </p>
      <details open={hasSearchFilters(query)} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-semibold">{t("reader.search.filters")}</summary>
        <div className="mt-3 flex flex-wrap items-end gap-3">
          {select("tag", options.tags.map((tag) => ({ value: tag.slug, label: localizedName(tag, prefs.locale) })))}
          {select("source", options.sources.map((source) => ({ value: source.slug, label: localizedName(source, prefs.locale) })))}
          {select(
            "verdict",
            options.verdicts.map((verdict) => ({ value: verdict.key, label: prefs.locale === "en" ? verdict.labelEn : verdict.labelAr })),
          )}
          <label className="flex flex-col gap-1">
            <span className="text-muted">{t("reader.filter.from")}</span>
            <input type="date" name="from" defaultValue={query.from ?? ""} className={fieldClass} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-muted">{t("reader.filter.to")}</span>
            <input type="date" name="to" defaultValue={query.to ?? ""} className={fieldClass} />
          </label>
          <button type="submit" className="rounded border border-accent px-3 py-1 font-semibold text-accent">
            {t("reader.filter.apply")}
          </button>
        </div>
      </details>
    </form>
  );
}
