import { z } from "zod";
import { db, type Prisma } from "@/lib/db/client";
import { claimCardSelect, toClaimCard } from "./claim-card";
import { publishedClaim } from "./visibility";

/** What readers see of a public note. */
export const publicCorrectionSelect = { id: true, kind: true, note: true, createdAt: true } as const satisfies Prisma.CorrectionSelect;

export const CORRECTIONS_PAGE_SIZE = 30;

/** The corrections page's query string; a tampered page number falls back to the first. */
export const correctionListParams = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

/**
 * Every public note on a published claim, newest first, with the claim it
 * is on: the corrections page (a page at a time) and its feed.
 */
export async function listCorrections({ page = 1, pageSize = CORRECTIONS_PAGE_SIZE }: { page?: number; pageSize?: number } = {}) {
  const where = { claim: publishedClaim } satisfies Prisma.CorrectionWhereInput;
  const [rows, total] = await Promise.all([
    db().correction.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { ...publicCorrectionSelect, claim: { select: claimCardSelect } },
    }),
    db().correction.count({ where }),
  ]);
  return {
    corrections: rows.map(({ claim, ...correction }) => ({ ...correction, claim: toClaimCard(claim) })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export type PublicCorrection = Awaited<ReturnType<typeof listCorrections>>["corrections"][number];
