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
