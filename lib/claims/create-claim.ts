import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { defineUseCase } from "@/lib/use-case";
import { truncateToPrecision } from "@/lib/validation/fields";
import { claimFields } from "./claim-fields";
import { assertAssignable, assertCurrentSources } from "./claim-references";
import { recordClaimChange } from "./claim-change";
import { claimSnapshot } from "./claim-snapshot";
import { assertClaimStart } from "./claim-workflow";
import { writeAppearances } from "./write-appearances";

export const createClaimInput = z.object(claimFields);
export type CreateClaimInput = z.input<typeof createClaimInput>;

/** What full-text and trigram search match a claim by. */
export function claimSearchText(claim: { text: string; summary?: string | null }): string {
  return normalizeArabic(`${claim.text} ${claim.summary ?? ""}`);
}

/** Writes a new claim with its appearances, tags and stories; shared by every way a claim is created. */
export async function insertClaim(tx: Tx, actor: Actor, input: z.output<typeof createClaimInput>) {
  await assertClaimStart(tx, actor, input.status);
  await assertCurrentSources(tx, input.claimantId, input.appearances);
  await assertAssignable(tx, input.assigneeId);
  const { tags, storyIds, appearances, ...fields } = input;
  const claim = await tx.claim.create({
    data: {
      ...fields,
      saidAt: truncateToPrecision(fields.saidAt, fields.saidAtPrecision),
      searchText: claimSearchText(fields),
      publishedAt: fields.status === "published" ? new Date() : null,
      tags: { create: (await ensureTags(tx, actor, tags)).map((tagId) => ({ tagId })) },
      stories: { create: storyIds.map((storyId) => ({ storyId })) },
    },
  });
  await writeAppearances(tx, claim.id, appearances);
  const after = await claimSnapshot(tx, claim.id);
  await recordClaimChange(tx, actor, { entityId: claim.id, action: "create", after });
  return after;
}

export const createClaim = defineUseCase({
  action: "claim.create",
  input: createClaimInput,
  run: ({ actor, input, tx }) => insertClaim(tx, actor, input),
});
