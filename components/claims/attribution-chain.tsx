import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import { localizedName } from "@/lib/i18n/localized-name";
import type { Locale } from "@/lib/i18n/preferences";

type Hop = { id: string; source: { slug: string; name: string; nameEn: string | null }; url: string | null };

/**
 * One attribution chain, from the last carrier back to the origin:
 * كويت نيوز ← رويترز ← بلومبرج ← شخصان مقربان من الكرملين. The arrow points
 * toward where each hop took the claim from, in both reading directions.
 */
export function AttributionChain({ chain, locale, t }: { chain: Hop[]; locale: Locale; t: Translate }) {
  return (
    <p className="text-sm text-muted">
      <span className="font-semibold">{t("claim.via")}: </span>
      <span data-testid="attribution-chain">
        {chain.map((hop, index) => (
          <span key={hop.id}>
            {index > 0 && <span aria-label={t("claim.citing")}> ← </span>}
            <Link href={`/sources/${encodeURIComponent(hop.source.slug)}`} className="text-muted">
              <bdi>{localizedName(hop.source, locale)}</bdi>
            </Link>
          </span>
        ))}
      </span>
    </p>
  );
}
