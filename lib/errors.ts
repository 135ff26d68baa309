import type { MessageKey } from "@/lib/i18n/messages";

/**
 * An error a person can act on. Route handlers and server actions turn it into
 * an HTTP status and a translated message; anything else is a bug (500).
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly messageKey: MessageKey,
    readonly details: {
      fieldErrors?: Record<string, string[]>;
      params?: Record<string, string | number>;
      /** Extra data for the client, e.g. the current version on a conflict. */
      data?: unknown;
      /** When the caller may try again (a 429's Retry-After). */
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError(401, "error.unauthenticated");
export const forbidden = () => new AppError(403, "error.forbidden");
type Entity = "claim" | "source" | "story" | "revision" | "verdict" | "link" | "user" | "token" | "file" | "webhook" | "delivery" | "review" | "tip";

/** 404 for a record that is not there; the entity's name is translated with the message. */
export const notFound = (entity: Entity) => new AppError(404, "error.notFound", { params: { what: `entity.${entity}` } });
