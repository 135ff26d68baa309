import Link from "next/link";
import { sourcePath } from "@/lib/reader/paths";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/preferences";
import { LocalizedName } from "./user-text";

type Hop = { id: string; source: { slug: string; name: string; nameEn: string | null } };

/**
 * One attribution chain on a line, from the last carrier back to the origin:
 * كويت نيوز ← رويترز ← بلومبرج ← شخصان مقربان من الكرملين. The arrow points
 * the way the line is read (left in Arabic, right in English): toward where
 * each hop took the claim from. Each name is isolated, so a name in the
 * other script, or with stray bidi controls, cannot reorder the chain.
 */
export function AttributionChain({
  chain,
  locale,
  t,
  highlightWords,
}: {
  chain: Hop[];
  locale: Locale;
  t: Translate;
  /** A search's words, marked where a hop's name matches: why a claim was found through who carried it. */
  highlightWords?: string;
}) {
  return (
    <p className="mt-2 text-sm text-muted">
      <span className="font-semibold">{t("claim.via")}: </span>
      <span data-testid="attribution-chain">
        {chain.map((hop, index) => (
          <span key={hop.id}>
            {index > 0 && <span aria-label={t("claim.citing")}> {t("reader.chain.arrow")} </span>}
            <Link href={sourcePath(hop.source.slug)} className="text-muted">
              <LocalizedName record={hop.source} locale={locale} highlightWords={highlightWords} />
            </Link>
          </span>
        ))}
      </span>
    </p>
  );
}
