import { z } from "zod";
import { db } from "@/lib/db/client";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { optionalText, version } from "@/lib/validation/fields";
import { AppError } from "@/lib/errors";

/** The newsroom's own pages readers can open, by address: IFCN asks that both be published. */
export const SITE_PAGES = ["methodology", "corrections-policy"] as const;
export type SitePageKey = (typeof SITE_PAGES)[number];

/** A page as stored, or as it starts (empty, version 0) before an admin first writes it. */
export async function getSitePage(key: SitePageKey) {
  const page = await db().sitePage.findUnique({ where: { key } });
  return page ?? { key, bodyAr: "", bodyEn: "", version: 0, updatedAt: null };
}

export const saveSitePageInput = z.object({
  key: z.enum(SITE_PAGES, { error: "validation.choice" }),
  /** The version the admin loaded (0 for a page never written): a save over a newer one is a conflict. */
  version: version.or(z.coerce.number().int().min(0).max(0)),
  bodyAr: optionalText(50_000),
  bodyEn: optionalText(50_000),
});

/** An admin writes the methodology or the corrections policy; each save is a revision. */
export const saveSitePage = defineUseCase({
  action: "page.write",
  input: saveSitePageInput,
  async run({ actor, input, tx }) {
    const before = await tx.sitePage.findUnique({ where: { key: input.key } });
    if ((before?.version ?? 0) !== input.version) throw new AppError(409, "error.conflict", { data: { current: before } });
    const body = { bodyAr: input.bodyAr ?? "", bodyEn: input.bodyEn ?? "" };
    const after = await tx.sitePage.upsert({
      where: { key: input.key },
      create: { key: input.key, ...body },
      update: { ...body, version: { increment: 1 } },
    });
    await recordRevision(tx, actor, { entityType: "page", entityId: input.key, action: before ? "update" : "create", before, after });
    return after;
  },
});
