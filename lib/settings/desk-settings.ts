import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { formBoolean, version } from "@/lib/validation/fields";

// The desk's settings live in one row; before an admin first saves them they are these.
const SETTINGS_ID = 1;
const DEFAULTS = { id: SETTINGS_ID, reviewBeforePublishing: false, version: 0, updatedAt: null };

/** The desk's settings as stored, or as they start (version 0) before an admin first saves them. */
export async function getDeskSettings(tx: Tx = db()) {
  return (await tx.deskSettings.findUnique({ where: { id: SETTINGS_ID } })) ?? DEFAULTS;
}

/** Whether publishing takes a second editor's approval (lib/reviews/). */
export async function reviewBeforePublishing(tx: Tx = db()): Promise<boolean> {
  return (await getDeskSettings(tx)).reviewBeforePublishing;
}

export const updateDeskSettingsInput = z.object({
  /** The version the admin loaded (0 before the settings were first saved): a save over a newer one is a conflict. */
  version: version.or(z.coerce.number().int().min(0).max(0)),
  // An unticked checkbox sends nothing: off.
  reviewBeforePublishing: formBoolean.default(false),
});

/** An admin changes how the desk works; each save is a revision. */
export const updateDeskSettings = defineUseCase({
  action: "settings.write",
  input: updateDeskSettingsInput,
  async run({ actor, input, tx }) {
    // Taken FOR UPDATE so two admins saving at once queue, and the second sees the first's version.
    await tx.$queryRaw`SELECT id FROM "DeskSettings" WHERE id = ${SETTINGS_ID} FOR UPDATE`;
    const before = await tx.deskSettings.findUnique({ where: { id: SETTINGS_ID } });
    if ((before?.version ?? 0) !== input.version) throw new AppError(409, "error.conflict", { data: { current: before ?? DEFAULTS } });
    const settings = { reviewBeforePublishing: input.reviewBeforePublishing };
    const after = await tx.deskSettings.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID, ...settings },
      update: { ...settings, version: { increment: 1 } },
    });
    await recordRevision(tx, actor, { entityType: "settings", entityId: String(SETTINGS_ID), action: before ? "update" : "create", before, after });
    return after;
  },
});
