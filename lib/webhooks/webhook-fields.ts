import { randomBytes } from "node:crypto";
import { z } from "zod";
import { notFound } from "@/lib/errors";
import { cleanUserText } from "@/lib/validation/fields";
import { webhookUrlProblem } from "./webhook-address";

/** What a webhook record shows, in lists, answers and revisions: never its secret. */
export const publicWebhookSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  disabledAt: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

export const webhookNotFound = () => notFound("webhook");

/** A webhook's address: a URL on the public internet (webhook-address.ts says which), refused with a reason per field. */
export const webhookUrl = z
  .string({ error: "validation.required" })
  .transform((value) => cleanUserText(value))
  .pipe(z.string().min(1, { error: "validation.required" }).max(2000))
  .superRefine((value, context) => {
    const problem = webhookUrlProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => new URL(value).href);

/**
 * A new signing secret in the Standard Webhooks form: `whsec_` and 32 random
 * bytes in base64, what its libraries take to sign and verify.
 */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64")}`;

/** Whether a stored secret can sign (an imported webhook's was replaced: lib/archive/archive-tables.ts). */
export const isUsableSecret = (secret: string) => secret.startsWith("whsec_");
