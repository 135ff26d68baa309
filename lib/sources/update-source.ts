import { z } from "zod";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { formBoolean, id, version } from "@/lib/validation/fields";
import { assertValidAffiliation } from "./affiliation";
import { lockSourceVersion } from "./lock-source";
import { credibilityFields, requireCredibilityReason, sourceProfileFields, sourceSearchText } from "./source-fields";

export const updateSourceInput = z
  .object({
    sourceId: id,
    version,
    ...sourceProfileFields,
    ...credibilityFields,
    // "Save and approve" on a proposed source: the admin has reviewed it.
    approve: formBoolean.default(false),
  })
  .superRefine(requireCredibilityReason);

/**
 * The admin's edit of a source: names, aliases, kind, affiliation, links and
 * the credibility rating with its reason. Approving a proposed source is the
 * same edit, made active.
 */
export const updateSource = defineUseCase({
  action: "source.write",
  input: updateSourceInput,
  async run({ actor, input, tx }) {
    const { sourceId, version, approve, ...fields } = input;
    const before = await lockSourceVersion(tx, sourceId, version);
    await assertValidAffiliation(tx, sourceId, fields.affiliationId);
    const after = await tx.source.update({
      where: { id: sourceId },
      data: { ...fields, searchText: sourceSearchText(fields), ...(approve ? { status: "active" } : {}) },
    });
    const action = approve && before.status === "proposed" ? "approve" : "update";
    await recordRevision(tx, actor, { entityType: "source", entityId: sourceId, action, before, after });
    return after;
  },
});
