import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

type RequestContext = { requestId: string };

/**
 * One store for the whole process: the production server (scripts/serve.ts)
 * and Next's bundles load this module separately, so it lives on globalThis.
 */
const shared = globalThis as unknown as { isnadRequestContext?: AsyncLocalStorage<RequestContext>; isnadLogger?: pino.Logger };
const requestContext = (shared.isnadRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Runs `work` as request `requestId`: every log line written meanwhile names it. */
export function inRequest<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

/**
 * The app's structured log: one JSON object per line on stdout (pino), with
 * the request id of the request being served, if any. ISNAD_LOG_LEVEL sets
 * the level (default info; "silent" in tests that expect failures).
 */
export const log: pino.Logger = (shared.isnadLogger ??= pino({
  level: process.env.ISNAD_LOG_LEVEL ?? "info",
  base: { app: "isnad" },
  mixin: () => {
    const context = requestContext.getStore();
    return context ? { requestId: context.requestId } : {};
  },
}));
