import { z } from "zod";
import { may, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { uniqueSlug } from "@/lib/db/unique-slug";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { assertValidAffiliation } from "./affiliation";
import { credibilityFields, requireCredibilityReason, sourceProfileFields, sourceSearchText } from "./source-fields";

export const createSourceInput = z.object({ ...sourceProfileFields, ...credibilityFields }).superRefine(requireCredibilityReason);
export type CreateSourceInput = z.input<typeof createSourceInput>;

/**
 * Writes a new source with its revision; shared by every way a source is
 * created. Editors may propose one while entering a claim: it is usable at
 * once but marked "proposed" until an admin reviews and rates it.
 */
export async function insertSource(tx: Tx, actor: Actor, input: z.output<typeof createSourceInput>) {
  const isAdmin = may(actor, "source.write");
  await assertValidAffiliation(tx, null, input.affiliationId);
  const source = await tx.source.create({
    data: {
      ...input,
      credibility: isAdmin ? input.credibility : null,
      credibilityReason: isAdmin ? input.credibilityReason : null,
      status: isAdmin ? "active" : "proposed",
      slug: await uniqueSlug(tx, "source", input.nameEn ?? input.name, "source"),
      searchText: sourceSearchText(input),
    },
  });
  await recordRevision(tx, actor, { entityType: "source", entityId: source.id, action: "create", after: source });
  return source;
}

/** Adds a source (proposed when an editor adds it). */
export const createSource = defineUseCase({
  action: "source.propose",
  input: createSourceInput,
  run: ({ actor, input, tx }) => insertSource(tx, actor, input),
});
