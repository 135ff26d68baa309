import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type RateLimit = {
  /** Counts one request for `key`; throws 429 (with Retry-After) once the key has used its points in the window. */
  consume: (key: string) => Promise<void>;
};

/**
 * A limit of `points` requests per `windowSeconds` for each key, counted in
 * PostgreSQL (the RateLimit table, through rate-limiter-flexible), so every
 * instance of the app shares the same counts. Counting is one atomic upsert
 * per request: a burst sent at once is counted in full.
 */
export function rateLimit(name: string, options: { points: number; windowSeconds: number }): RateLimit {
  let limiter: RateLimiterPrisma | undefined;
  return {
    async consume(key) {
      // Created on first use: db() needs DATABASE_URL, which scripts and tests set before they count anything.
      limiter ??= new RateLimiterPrisma({ storeClient: db(), tableName: "rateLimit", keyPrefix: name, points: options.points, duration: options.windowSeconds });
      try {
        await limiter.consume(key);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw new AppError(429, "error.tooManyRequestsSeconds", { params: { seconds }, retryAfterSeconds: seconds });
      }
    },
  };
}
