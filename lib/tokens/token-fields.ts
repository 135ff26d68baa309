import { AppError } from "@/lib/errors";

/** What a token record shows: never the hash of its secret. */
export const publicTokenSelect = {
  id: true,
  name: true,
  scopes: true,
  prefix: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true, email: true } },
} as const;

export const tokenNotFound = () => new AppError(404, "admin.tokens.notFound");
