import Link from "next/link";
import { FilterSelect } from "@/components/search/filter-select";
import type { TimelineFacets, TimelineView } from "@/lib/reader/timeline";
import type { Translate } from "@/lib/i18n/messages";
import { localizedName } from "@/lib/i18n/localized-name";
import type { Preferences } from "@/lib/i18n/preferences";

/** The address of `path` showing `view`; the default view has no query at all. */
function viewHref(path: string, view: TimelineView): string {
  const params = new URLSearchParams();
  if (view.order === "newest") params.set("order", "newest");
  if (view.tag) params.set("tag", view.tag);
  if (view.source) params.set("source", view.source);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The order switch (plain links) and, when facets are given, the tag and
 * source filters (a GET form): both work without client JavaScript, and each
 * view has its own address to share.
 */
export function TimelineControls({
  path,
  view,
  facets,
  prefs,
  t,
}: {
  path: string;
  view: TimelineView;
  facets?: TimelineFacets;
  prefs: Preferences;
  t: Translate;
}) {
  const orders = [
    { order: "oldest", label: t("reader.timeline.oldestFirst") },
    { order: "newest", label: t("reader.timeline.newestFirst") },
  ] as const;
  const filtered = Boolean(view.tag || view.source);
  return (
    <div className="no-print mb-6 space-y-3 rounded-lg border border-stone-200 bg-white p-3 text-sm" data-testid="timeline-controls">
      <nav aria-label={t("reader.timeline.order")} className="flex flex-wrap items-center gap-2">
        <span className="text-muted">{t("reader.timeline.order")}:</span>
        {orders.map(({ order, label }) => (
          <Link
            key={order}
            href={viewHref(path, { ...view, order })}
            aria-current={view.order === order ? "true" : undefined}
            className="rounded border border-stone-300 px-2 py-0.5 aria-[current=true]:border-accent aria-[current=true]:bg-accent-soft aria-[current=true]:font-semibold"
          >
            {label}
          </Link>
        ))}
      </nav>
      {facets && (
        // Folded until used: on a phone the filters would push the timeline below the fold.
        <details open={filtered}>
          <summary className="cursor-pointer font-semibold">{t("reader.timeline.filter")}</summary>
          <form method="get" action={path} className="mt-3 flex flex-wrap items-end gap-3">
            {view.order === "newest" && <input type="hidden" name="order" value="newest" />}
            {(["tag", "source"] as const).map((name) => (
              <FilterSelect
                key={name}
                name={name}
                label={t(`reader.filter.${name}`)}
                value={view[name]}
                options={(name === "tag" ? facets.tags : facets.sources).map((item) => ({ value: item.slug, label: localizedName(item, prefs.locale) }))}
                t={t}
              />
            ))}
            <button type="submit" className="rounded bg-accent px-3 py-1 font-semibold text-white">
              {t("reader.filter.apply")}
            </button>
            {filtered && <Link href={viewHref(path, { order: view.order })}>{t("reader.filter.clear")}</Link>}
          </form>
        </details>
      )}
    </div>
  );
}
