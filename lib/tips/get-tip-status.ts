import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { claimPath } from "@/lib/reader/paths";
import { matchingFactChecks } from "./matching-fact-checks";

/**
 * What a tipster sees of their tip through its tracking token: what they
 * sent, where it stands, the claim it became once that is published, and the
 * published fact-checks it matches. Nothing of the desk's (who handles it,
 * other tips in its group) is part of it.
 */
export async function getTipStatus(trackingToken: string) {
  const tip = await db().tip.findUnique({
    where: { trackingToken },
    select: { text: true, url: true, status: true, createdAt: true, claim: { select: { id: true, status: true, deletedAt: true } } },
  });
  if (!tip) throw notFound("tip");
  const { claim, ...sent } = tip;
  return { ...sent, claimPath: claim?.status === "published" && !claim.deletedAt ? claimPath(claim.id) : null, matches: await matchingFactChecks(tip.text || tip.url || "") };
}

export type TipStatusView = Awaited<ReturnType<typeof getTipStatus>>;
