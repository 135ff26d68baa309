import { db } from "@/lib/db/client";

// Verdict ratings run from 1 (false) to 5 (true), whatever an admin calls the
// levels, so the track record reads ratings rather than keys.
const RATED_FALSE = 1;
const RATED_TRUE_FROM = 4;

export type TrackRecord = {
  /** Published claims the source made itself. */
  claimsMade: number;
  /** Published claims of others the source carried (an appearance in their chain). */
  claimsCarried: number;
  /** Its published claims that deny another published claim. */
  denialsIssued: number;
  /** Of those, denials of a claim that a published claim confirms, or that is rated true or mostly true. */
  denialsContradicted: number;
  /** Its published claims rated false. */
  ratedFalse: number;
  /** Its published claims rated true or mostly true. */
  ratedTrue: number;
  /**
   * Published claims it made or carried that a published claim denies or
   * refutes: an outlet that relays a report answers for it too.
   */
  claimsDenied: number;
  /** Published claims of others it carried that are rated false. */
  carriedRatedFalse: number;
};

/**
 * A source's track record, computed from the published claims it made or
 * carried in one aggregate query: each claim is read once, with its denials
 * looked up in a lateral join and the answers to it in an EXISTS.
 */
export async function getTrackRecord(sourceId: string): Promise<TrackRecord> {
  const [record] = await db().$queryRaw<TrackRecord[]>`
    SELECT
      count(*) FILTER (WHERE c."claimantId" = ${sourceId}::uuid)::int AS "claimsMade",
      count(*) FILTER (WHERE c."claimantId" <> ${sourceId}::uuid)::int AS "claimsCarried",
      count(*) FILTER (WHERE c."claimantId" = ${sourceId}::uuid AND denial.denies)::int AS "denialsIssued",
      count(*) FILTER (WHERE c."claimantId" = ${sourceId}::uuid AND denial.contradicted)::int AS "denialsContradicted",
      count(*) FILTER (WHERE c."claimantId" = ${sourceId}::uuid AND verdict."ratingValue" = ${RATED_FALSE})::int AS "ratedFalse",
      count(*) FILTER (WHERE c."claimantId" = ${sourceId}::uuid AND verdict."ratingValue" >= ${RATED_TRUE_FROM})::int AS "ratedTrue",
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "ClaimLink" answer
        JOIN "Claim" answering ON answering.id = answer."fromClaimId" AND answering.status = 'published' AND answering."deletedAt" IS NULL
        WHERE answer."toClaimId" = c.id AND answer.type IN ('denies', 'refutes')
      ))::int AS "claimsDenied",
      count(*) FILTER (WHERE c."claimantId" <> ${sourceId}::uuid AND verdict."ratingValue" = ${RATED_FALSE})::int AS "carriedRatedFalse"
    FROM "Claim" c
    LEFT JOIN "VerdictLevel" verdict ON verdict.id = c."verdictId"
    LEFT JOIN LATERAL (
      SELECT
        true AS denies,
        bool_or(
          coalesce(denied_verdict."ratingValue" >= ${RATED_TRUE_FROM}, false)
          OR EXISTS (
            SELECT 1 FROM "ClaimLink" confirmation
            JOIN "Claim" confirming ON confirming.id = confirmation."fromClaimId"
              AND confirming.status = 'published' AND confirming."deletedAt" IS NULL
            WHERE confirmation."toClaimId" = denied.id AND confirmation.type = 'confirms'
          )
        ) AS contradicted
      FROM "ClaimLink" link
      JOIN "Claim" denied ON denied.id = link."toClaimId" AND denied.status = 'published' AND denied."deletedAt" IS NULL
      LEFT JOIN "VerdictLevel" denied_verdict ON denied_verdict.id = denied."verdictId"
      WHERE link."fromClaimId" = c.id AND link.type = 'denies'
      HAVING count(*) > 0
    ) denial ON true
    WHERE c.status = 'published' AND c."deletedAt" IS NULL
      AND (c."claimantId" = ${sourceId}::uuid
        OR EXISTS (SELECT 1 FROM "Appearance" a WHERE a."claimId" = c.id AND a."sourceId" = ${sourceId}::uuid))`;
  return record!;
}
