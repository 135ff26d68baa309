import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import type { Source } from "@/lib/db/generated/client.ts";
import { recordRevision } from "@/lib/revisions/record-revision";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { defineUseCase } from "@/lib/use-case";
import { id } from "@/lib/validation/fields";
import { lockSources } from "./lock-source";
import { sourceNotFound, sourceSearchText } from "./source-fields";

export const mergeSourcesInput = z
  .object({ keptSourceId: id, duplicateSourceId: id })
  .refine((input) => input.keptSourceId !== input.duplicateSourceId, { path: ["keptSourceId"], error: "admin.sources.mergeSelf" });

/** What a merge changed beyond the two sources' own rows: what undo-merge.ts needs to put back exactly. */
export const mergeRecord = z.object({
  moved: z.object({
    claimIds: z.array(z.string()),
    appearanceIds: z.array(z.string()),
    affiliateIds: z.array(z.string()),
  }),
  addedAliases: z.array(z.string()),
  /** The kept source was affiliated with the duplicate, which would have made it its own affiliate. */
  clearedKeptAffiliation: z.boolean(),
});
export type MergeRecord = z.infer<typeof mergeRecord>;

/** The duplicate's names the kept source does not already go by (compared normalized). */
function namesGainedFrom(kept: Source, duplicate: Source): string[] {
  const known = new Set([kept.name, kept.nameEn ?? "", ...kept.aliases].map(normalizeArabic));
  const gained: string[] = [];
  for (const name of [duplicate.name, duplicate.nameEn ?? "", ...duplicate.aliases]) {
    const key = normalizeArabic(name);
    if (!key || known.has(key)) continue;
    known.add(key);
    gained.push(name);
  }
  return gained;
}

/** Claims whose claimant or appearances were moved change under an editor's feet: a new version makes their open form's save a 409. */
export async function bumpClaimVersions(tx: Tx, claimIds: string[], appearanceIds: string[]): Promise<void> {
  const viaAppearances = await tx.appearance.findMany({ where: { id: { in: appearanceIds } }, select: { claimId: true } });
  const ids = [...new Set([...claimIds, ...viaAppearances.map((appearance) => appearance.claimId)])];
  await tx.claim.updateMany({ where: { id: { in: ids } }, data: { version: { increment: 1 } } });
}

/** The kept source with other aliases (so another searchText) and, when given, another affiliation: a merge's and its undo's change to it. */
export function renameKeptSource(tx: Tx, kept: Source, aliases: string[], affiliation: { affiliationId?: string | null }) {
  return tx.source.update({
    where: { id: kept.id },
    data: { aliases, searchText: sourceSearchText({ ...kept, aliases }), version: { increment: 1 }, ...affiliation },
  });
}

/**
 * Merges a duplicate into the source that is kept: its claims, its
 * appearances and the sources affiliated with it move to the kept source,
 * its names become the kept source's aliases, and it is marked merged and
 * deleted (never erased). One revision, on the duplicate, records exactly
 * what moved, so undo-merge.ts can move it back; its `after.kept` is how the
 * kept source's history (lib/audit/list-revisions.ts) finds it too.
 */
export const mergeSources = defineUseCase({
  action: "source.merge",
  input: mergeSourcesInput,
  async run({ actor, input, tx }) {
    const locked = await lockSources(tx, [input.keptSourceId, input.duplicateSourceId]);
    const kept = locked.find((source) => source.id === input.keptSourceId);
    const duplicate = locked.find((source) => source.id === input.duplicateSourceId);
    if (!kept || kept.deletedAt || !duplicate || duplicate.deletedAt) throw sourceNotFound();

    const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);
    const record: MergeRecord = {
      moved: {
        claimIds: idsOf(await tx.claim.findMany({ where: { claimantId: duplicate.id }, select: { id: true } })),
        appearanceIds: idsOf(await tx.appearance.findMany({ where: { sourceId: duplicate.id }, select: { id: true } })),
        affiliateIds: idsOf(
          await tx.source.findMany({ where: { affiliationId: duplicate.id, id: { not: kept.id } }, select: { id: true } }),
        ),
      },
      addedAliases: namesGainedFrom(kept, duplicate),
      clearedKeptAffiliation: kept.affiliationId === duplicate.id,
    };

    const { claimIds, appearanceIds, affiliateIds } = record.moved;
    await tx.claim.updateMany({ where: { id: { in: claimIds } }, data: { claimantId: kept.id } });
    await tx.appearance.updateMany({ where: { id: { in: appearanceIds } }, data: { sourceId: kept.id } });
    await tx.source.updateMany({ where: { id: { in: affiliateIds } }, data: { affiliationId: kept.id } });
    await bumpClaimVersions(tx, claimIds, appearanceIds);

    const keptAfter = await renameKeptSource(
      tx,
      kept,
      [...kept.aliases, ...record.addedAliases],
      record.clearedKeptAffiliation ? { affiliationId: null } : {},
    );
    const duplicateAfter = await tx.source.update({
      where: { id: duplicate.id },
      data: { mergedIntoId: kept.id, deletedAt: new Date(), version: { increment: 1 } },
    });
    await recordRevision(tx, actor, {
      entityType: "source",
      entityId: duplicate.id,
      action: "merge",
      before: { duplicate, kept },
      after: { duplicate: duplicateAfter, kept: keptAfter, ...record },
    });
    return { kept: keptAfter, duplicate: duplicateAfter, moved: record.moved };
  },
});
