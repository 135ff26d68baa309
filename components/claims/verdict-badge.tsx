import { localizedLabel } from "@/lib/i18n/localized-name";
import type { Locale } from "@/lib/i18n/preferences";

type Verdict = { labelAr: string; labelEn: string; color: string };

export function VerdictBadge({ verdict, locale }: { verdict: Verdict; locale: Locale }) {
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold"
      style={{ borderColor: verdict.color, color: verdict.color }}
    >
      <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: verdict.color }} />
      {localizedLabel(verdict, locale)}
    </span>
  );
}
