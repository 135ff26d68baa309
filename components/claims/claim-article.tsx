import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import { claimGist } from "@/lib/reader/claim-card";
import type { claimReview } from "@/lib/reader/claim-review";
import type { PublicClaim } from "@/lib/reader/get-public-claim";
import { claimPath, sourcePath } from "@/lib/reader/paths";
import { AttributionChainDiagram } from "./attribution-chain-diagram";
import { ClaimReference } from "./claim-reference";
import { ClaimTime } from "./claim-time";
import { CorrectionNotes } from "./correction-notes";
import { JsonLdScript } from "./json-ld-script";
import { StoryLinks } from "./story-links";
import { TagList } from "./tag-list";
import { LocalizedName, UserText } from "./user-text";
import { VerdictBadge } from "./verdict-badge";

const sectionHeading = "mb-3 text-xl font-bold";

/**
 * A published claim's page: who said it and when, the words, the verdict
 * with its evidence, the attribution chains as diagrams, links both ways and
 * the stories it is in, with its ClaimReview for search engines.
 */
export function ClaimArticle({
  claim,
  review,
  prefs,
  t,
}: {
  claim: PublicClaim;
  review: ReturnType<typeof claimReview>;
  prefs: Preferences;
  t: Translate;
}) {
  const { claimant } = claim;
  return (
    <article data-testid="claim-page" className="space-y-8">
      {review && <JsonLdScript data={review} />}
      <header>
        <UserText as="h1" lang={claim.language} className="text-2xl font-bold leading-snug sm:text-3xl">
          {claimGist(claim, 160)}
        </UserText>
        <div className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <p className="font-semibold" data-testid="claimant">
            <Link href={sourcePath(claimant.slug)}>
              <LocalizedName record={claimant} locale={prefs.locale} />
            </Link>
            {claimant.affiliation && (
              <span className="font-normal text-muted">
                {" "}
                (
                <Link href={sourcePath(claimant.affiliation.slug)} className="text-muted">
                  <LocalizedName record={claimant.affiliation} locale={prefs.locale} />
                </Link>
                )
              </span>
            )}
          </p>
          <p className="text-sm text-muted">
            <ClaimTime date={claim.saidAt} precision={claim.saidAtPrecision} prefs={prefs} />
          </p>
        </div>
        {claimant.description && (
          <UserText as="p" className="mt-1 text-sm text-muted">
            {claimant.description}
          </UserText>
        )}
        <UserText as="blockquote" lang={claim.language} className="mt-4 border-s-4 border-accent/40 ps-4 text-lg" data-testid="claim-text">
          {claim.text}
        </UserText>
        <div className="mt-3">
          <TagList tags={claim.tags} locale={prefs.locale} t={t} />
        </div>
        <div className="mt-3">
          <CorrectionNotes notes={claim.corrections} prefs={prefs} t={t} />
        </div>
      </header>

      <section aria-labelledby="verdict" data-testid="verdict">
        <h2 id="verdict" className={sectionHeading}>
          {t("reader.claim.verdict")}
        </h2>
        {claim.verdict ? (
          <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <p className="flex flex-wrap items-center gap-3">
              <VerdictBadge verdict={claim.verdict} locale={prefs.locale} />
              {claim.verdictAt && (
                <span className="text-sm text-muted">
                  {t("reader.claim.verdictOn")} <ClaimTime date={claim.verdictAt} precision="day" prefs={prefs} />
                </span>
              )}
            </p>
            {claim.verdictReasoning && (
              <UserText as="p" className="whitespace-pre-line">
                {claim.verdictReasoning}
              </UserText>
            )}
            {claim.evidence.length > 0 && (
              <>
                <h3 className="font-semibold">{t("reader.claim.evidence")}</h3>
                <ul className="list-disc space-y-2 ps-5">
                  {claim.evidence.map((item) => (
                    <li key={item.id}>
                      <a href={item.url} rel="nofollow noopener noreferrer" target="_blank">
                        <UserText>{item.title}</UserText>
                      </a>
                      {item.archivedUrl && (
                        <>
                          {" · "}
                          <a href={item.archivedUrl} rel="nofollow noopener noreferrer" target="_blank">
                            {t("reader.claim.archived")}
                          </a>
                        </>
                      )}
                      {item.note && (
                        <UserText as="p" className="text-sm text-muted">
                          {item.note}
                        </UserText>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : (
          <p className="text-muted">{t("reader.claim.noVerdict")}</p>
        )}
      </section>

      <section aria-labelledby="chain">
        <h2 id="chain" className={sectionHeading}>
          {t("claim.chain")}
        </h2>
        {claim.chains.length === 0 ? (
          <p className="text-muted">{t("reader.claim.noAppearances")}</p>
        ) : (
          <div className="space-y-6">
            <p className="text-sm text-muted">{t("reader.chain.explain")}</p>
            {claim.chains.map((chain) => (
              <AttributionChainDiagram key={chain[0]!.id} chain={chain} prefs={prefs} t={t} />
            ))}
          </div>
        )}
      </section>

      {(claim.incoming.length > 0 || claim.outgoing.length > 0) && (
        <section aria-labelledby="links" data-testid="claim-links">
          <h2 id="links" className={sectionHeading}>
            {t("reader.claim.links")}
          </h2>
          <ul className="space-y-3">
            {[
              ...claim.incoming.map((link) => ({ ...link, direction: "in" as const })),
              ...claim.outgoing.map((link) => ({ ...link, direction: "out" as const })),
            ].map((link) => (
              <li key={`${link.direction}-${link.type}-${link.claim.id}`} className="rounded-lg border border-stone-200 bg-white p-3">
                <ClaimReference
                  type={link.type}
                  direction={link.direction}
                  other={link.claim}
                  self={claim}
                  href={claimPath(link.claim.id)}
                  prefs={prefs}
                  t={t}
                />
                {link.note && (
                  <UserText as="p" className="mt-1 text-sm">
                    {link.note}
                  </UserText>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {claim.stories.length > 0 && (
        <section aria-labelledby="stories">
          <h2 id="stories" className={sectionHeading}>
            {t("reader.claim.stories")}
          </h2>
          <StoryLinks stories={claim.stories} locale={prefs.locale} anchor={`claim-${claim.id}`} />
        </section>
      )}
    </article>
  );
}
