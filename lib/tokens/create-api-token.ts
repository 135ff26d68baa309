import { randomBytes } from "node:crypto";
import { z } from "zod";
import { actorUserId } from "@/lib/auth/actor";
import { hashTokenSecret } from "@/lib/auth/api-token-actor";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { cleanText, date, tokenScopesSchema } from "@/lib/validation/fields";
import { publicTokenSelect } from "./token-fields";

// Recognisable in logs and by secret scanners; the rest is 256 random bits.
const SECRET_PREFIX = "isnad_";
// How much of the secret is kept in clear, so an admin can tell tokens apart.
const SHOWN_PREFIX_LENGTH = SECRET_PREFIX.length + 6;

export const createApiTokenInput = z.object({
  name: cleanText(100),
  scopes: tokenScopesSchema,
  // A form's empty date field means "never expires".
  expiresAt: z
    .preprocess((value) => (value === "" ? null : value), date.nullable().default(null))
    .refine((value) => value === null || value.getTime() > Date.now(), { error: "admin.tokens.expiryInPast" }),
});

/**
 * A new API token. Its secret is returned this once and only its sha256 is
 * kept, so a leaked database does not leak working tokens. It acts with its
 * maker's role, in the areas of its scopes only.
 */
export const createApiToken = defineUseCase({
  action: "token.manage",
  input: createApiTokenInput,
  async run({ actor, input, tx }) {
    const createdById = actorUserId(actor);
    // Tokens answer to a person, whose disabling turns them off.
    if (!createdById) throw new AppError(422, "admin.tokens.needsAccount");
    const secret = SECRET_PREFIX + randomBytes(32).toString("base64url");
    const token = await tx.apiToken.create({
      data: { ...input, createdById, secretHash: hashTokenSecret(secret), prefix: secret.slice(0, SHOWN_PREFIX_LENGTH) },
      select: publicTokenSelect,
    });
    await recordRevision(tx, actor, { entityType: "apiToken", entityId: token.id, action: "create", after: token });
    return { token, secret };
  },
});
