import { z } from "zod";
import { may } from "@/lib/auth/actor";
import { uniqueSlug } from "@/lib/db/unique-slug";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { assertValidAffiliation } from "./affiliation";
import { credibilityFields, requireCredibilityReason, sourceProfileFields, sourceSearchText } from "./source-fields";

export const createSourceInput = z.object({ ...sourceProfileFields, ...credibilityFields }).superRefine(requireCredibilityReason);
export type CreateSourceInput = z.input<typeof createSourceInput>;

/**
 * Adds a source. Editors may propose one while entering a claim: it is
 * usable at once but marked "proposed" until an admin reviews and rates it.
 */
export const createSource = defineUseCase({
  action: "source.propose",
  input: createSourceInput,
  async run({ actor, input, tx }) {
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
  },
});
