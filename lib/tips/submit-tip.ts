import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { rateLimit } from "@/lib/limits/rate-limit";
import { recordRevision } from "@/lib/revisions/record-revision";
import { normalizeArabic } from "@/lib/text/normalize-arabic";
import { defineUseCase } from "@/lib/use-case";
import { optionalText, optionalUrl, tipChannelSchema } from "@/lib/validation/fields";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";

/** Tips one address may send in an hour: a reader with several rumours is served, a flood is not. */
export const TIPS_PER_ADDRESS_PER_HOUR = 10;
const tipsPerAddress = rateLimit("tip", { points: TIPS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600 });

/** How alike (trigram similarity of the normalized texts) two open tips must be to count as the same claim. */
const SAME_CLAIM_SIMILARITY = 0.5;

/** What a tipster sends: the claim's words, its link, or both. */
export const tipFields = z.object({
  text: optionalText(5000),
  url: optionalUrl,
  // A field people never see (the form hides it): only a bot fills it in.
  website: z.string().max(2000).optional(),
});

export const submitTipInput = tipFields
  .extend({
    // Set by the boundary, never taken from what the tipster sent: how the tip came, and from which address.
    channel: tipChannelSchema,
    address: z.string().max(100).nullable().default(null),
  })
  .superRefine((tip, context) => {
    if (!tip.text && !tip.url) context.addIssue({ code: "custom", path: ["text"], message: "error.tipEmpty" });
  });

/** The tip's id and group, and the token its sender follows it by (the only way to see it without an account). */
export type TipReceipt = { id: string; groupId: string; trackingToken: string };

/** The open group an incoming tip belongs to: one about the same address, or whose words are alike (trigram index). */
async function findOpenGroup(tx: Tx, searchText: string, url: string | null): Promise<string | null> {
  const [match] = await tx.$queryRaw<{ groupId: string }[]>`
    SELECT "groupId" FROM "Tip"
    WHERE status = 'open' AND (
      (${url}::text IS NOT NULL AND url = ${url})
      OR (${searchText} <> '' AND "searchText" % ${searchText} AND similarity("searchText", ${searchText}) >= ${SAME_CLAIM_SIMILARITY})
    )
    ORDER BY (url IS NOT DISTINCT FROM ${url}) DESC, similarity("searchText", ${searchText}) DESC
    LIMIT 1`;
  return match?.groupId ?? null;
}

/**
 * A reader sends a claim to be checked: text, a link, or both; no account
 * needed. Counted per address (429 past the limit), refused when the hidden
 * field is filled in, grouped with the open tips about the same claim, and
 * told to partners' webhooks (`tip.received`) in the same transaction.
 */
export const submitTip = defineUseCase({
  action: "tip.submit",
  input: submitTipInput,
  admit: async (input) => {
    if (input.website) throw new AppError(400, "error.tipRefused");
    await tipsPerAddress.consume(input.address ?? "unknown");
  },
  run: async ({ actor, input, tx }): Promise<TipReceipt> => {
    const searchText = normalizeArabic(input.text ?? "");
    const id = randomUUID();
    const groupId = (await findOpenGroup(tx, searchText, input.url)) ?? id;
    const tip = await tx.tip.create({
      data: { id, text: input.text ?? "", url: input.url, searchText, groupId, channel: input.channel, trackingToken: randomBytes(18).toString("base64url") },
      select: { id: true, groupId: true, trackingToken: true, text: true, url: true, channel: true, status: true },
    });
    const { trackingToken, ...recorded } = tip;
    await recordRevision(tx, actor, { entityType: "tip", entityId: tip.id, action: "create", after: recorded });
    await emitWebhookEvent(tx, "tip_received", { tip: { id: tip.id, groupId: tip.groupId, channel: tip.channel } });
    return { id: tip.id, groupId: tip.groupId, trackingToken };
  },
});
