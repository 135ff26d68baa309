import Link from "next/link";
import { ClaimCard } from "@/components/claims/claim-card";
import { ClaimTime } from "@/components/claims/claim-time";
import { LocalizedTitle, UserText } from "@/components/claims/user-text";
import { getLatestClaims } from "@/lib/reader/get-latest-claims";
import { storyPath } from "@/lib/reader/paths";
import { formatCount } from "@/lib/i18n/format-count";
import { getI18n } from "@/lib/i18n/request-preferences";
import { listPublishedStories } from "@/lib/reader/list-published-stories";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { prefs, t } = await getI18n();
  const [stories, claims] = await Promise.all([listPublishedStories(), getLatestClaims()]);
  return (
    <div className="space-y-10">
      <p className="text-lg text-muted">{t("app.tagline")}</p>
      <section aria-labelledby="stories">
        <h1 id="stories" className="mb-4 text-2xl font-bold">
          {t("home.stories")}
        </h1>
        {stories.length === 0 ? (
          <p>{t("home.empty")}</p>
        ) : (
          <ul className="space-y-4">
            {stories.map((story) => (
              <li key={story.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="story-item">
                <h2 className="text-xl font-semibold">
                  <Link href={storyPath(story.slug)}>
                    <LocalizedTitle record={story} locale={prefs.locale} />
                  </Link>
                </h2>
                {story.summary && (
                  <UserText as="p" className="mt-1 text-muted">
                    {story.summary}
                  </UserText>
                )}
                <p className="mt-1 text-sm text-muted">
                  {formatCount(t, prefs, "reader.count.claims", story.claimCount)}
                  {story.latestClaim && (
                    <>
                      {" · "}
                      {t("reader.home.latestIn")} <ClaimTime date={story.latestClaim.saidAt} precision={story.latestClaim.saidAtPrecision} prefs={prefs} />
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest" className="mb-4 text-2xl font-bold">
          {t("home.latest")}
        </h2>
        {claims.length === 0 ? (
          <p>{t("reader.home.noClaims")}</p>
        ) : (
          <ul className="space-y-4" data-testid="latest-claims">
            {claims.map((claim) => (
              <li key={claim.id}>
                <ClaimCard claim={claim} prefs={prefs} t={t} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
