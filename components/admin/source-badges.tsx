import { formatCount } from "@/lib/i18n/format-count";
import type { Translate } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Preferences } from "@/lib/i18n/preferences";

export function ProposedBadge({ label }: { label: string }) {
  return <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{label}</span>;
}

/** "Credibility 4/5", or "not rated". */
export function CredibilityBadge({ credibility, t, prefs }: { credibility: number | null; t: Translate; prefs: Preferences }) {
  return (
    <span className="text-sm">
      {credibility == null
        ? t("admin.sources.notRated")
        : t("admin.sources.credibilityValue", { value: formatNumber(credibility, prefs), max: formatNumber(5, prefs) })}
    </span>
  );
}

/**
 * How much a source is used, each count with its noun in the form its number
 * takes ("ادعاءان · لا ظهورات"); with its affiliated sources when counted.
 */
export function sourceUsage(t: Translate, prefs: Preferences, count: { claims: number; appearances: number; affiliates?: number }): string {
  const claims = formatCount(t, prefs, "reader.count.claims", count.claims);
  const appearances = formatCount(t, prefs, "importer.count.appearances", count.appearances);
  return count.affiliates === undefined
    ? t("admin.sources.usage", { claims, appearances })
    : t("admin.sources.usageFull", { claims, appearances, affiliates: formatCount(t, prefs, "admin.sources.affiliates", count.affiliates) });
}
