import { db } from "@/lib/db/client";
import { roleMay } from "@/lib/permissions";
import { ROLES } from "@/lib/vocabulary";

const REVIEWER_ROLES = ROLES.filter((role) => roleMay(role, "review.decide"));

/** A claim's review as its desk page shows it: the request waiting, if any, and who could be asked. */
export async function getClaimReview(claimId: string) {
  const [pending, reviewers] = await Promise.all([
    db().reviewRequest.findFirst({
      where: { claimId, status: "pending" },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        createdAt: true,
        requestedById: true,
        requestedBy: { select: { name: true } },
        reviewer: { select: { name: true } },
      },
    }),
    // The desk's people: a newsroom's editors, every one of them (the select lists them all).
    db().user.findMany({ where: { disabledAt: null, role: { in: REVIEWER_ROLES } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { pending, reviewers };
}

export type ClaimReview = Awaited<ReturnType<typeof getClaimReview>>;
