/**
 * PostgreSQL codes that mean "not now" rather than "not this": a statement
 * that ran past statement_timeout, a lock not granted, a server with no
 * connection left or shutting down.
 */
const BUSY_SQLSTATES = new Set(["57014", "55P03", "53300", "57P01", "57P03"]);

/**
 * Prisma's codes for the same: no pool connection in time (P2024), an
 * interactive transaction that expired (P2028), the server unreachable (P1001).
 */
const BUSY_PRISMA_CODES = new Set(["P1001", "P2024", "P2028"]);

/** What pg and its pool say when no connection came within connectionTimeoutMillis. */
const CONNECT_TIMEOUT = /timeout exceeded when trying to connect|connection terminated due to connection timeout/i;

type ErrorShape = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
};

/**
 * Whether `error` says the database could not take the work right now (the
 * pool had no connection free in time, a statement hit its timeout, the
 * server is full or away): the caller answers 503 with Retry-After, and
 * nothing was written. Walks `cause` chains, as the driver adapter wraps pg's errors.
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const shape = current as ErrorShape;
    if (typeof shape.code === "string" && (BUSY_PRISMA_CODES.has(shape.code) || BUSY_SQLSTATES.has(shape.code))) return true;
    const sqlState = shape.meta?.driverAdapterError?.cause?.originalCode;
    if (typeof sqlState === "string" && BUSY_SQLSTATES.has(sqlState)) return true;
    if (typeof shape.message === "string" && CONNECT_TIMEOUT.test(shape.message)) return true;
    current = shape.cause;
  }
  return false;
}
