/**
 * What a database error says about the database rather than the request:
 * "down" (unreachable, closed the connection, shutting down or starting up)
 * or "busy" (no pool connection free in time, a statement past
 * statement_timeout, a lock not granted, no connection slot left). Either
 * way the request was not carried out, and the caller answers 503 with
 * Retry-After; anything else is the request's own business.
 */
export type DatabaseTrouble = "down" | "busy";

/** SQLSTATEs: admin/crash shutdown, cannot connect now (starting or stopping), and the connection-exception class 08. */
const DOWN_SQLSTATES = /^(57P01|57P02|57P03|08\w{3})$/;
const BUSY_SQLSTATES = new Set(["57014", "55P03", "53300"]);

/** Prisma's codes: the server unreachable (P1001), timed out reaching it (P1002), closed the connection (P1017). */
const DOWN_PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
/** No pool connection in time (P2024), an interactive transaction that expired (P2028). */
const BUSY_PRISMA_CODES = new Set(["P2024", "P2028"]);

/** The driver adapter's names for socket failures (ECONNREFUSED, ECONNRESET, ETIMEDOUT). */
const DOWN_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** Node's socket errors, as pg (and pg-boss) report them unwrapped. */
const DOWN_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);

/** What pg says when the server went away mid-connection, and what its pool says when none came in time. */
const DOWN_MESSAGE = /connection terminated unexpectedly|can't reach database server|server closed the connection unexpectedly/i;
const CONNECT_TIMEOUT = /timeout exceeded when trying to connect|connection terminated due to connection timeout/i;

type ErrorShape = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
};

/** Walks `cause` chains, as the driver adapter wraps pg's errors. */
export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const shape = current as ErrorShape;
    const code = typeof shape.code === "string" ? shape.code : "";
    const adapterCause = shape.meta?.driverAdapterError?.cause;
    const sqlState = typeof adapterCause?.originalCode === "string" ? adapterCause.originalCode : code;
    const message = typeof shape.message === "string" ? shape.message : "";
    if (DOWN_PRISMA_CODES.has(code) || DOWN_SOCKET_CODES.has(code) || DOWN_SQLSTATES.test(sqlState)) return "down";
    if (typeof adapterCause?.kind === "string" && DOWN_ADAPTER_KINDS.has(adapterCause.kind)) return "down";
    if (DOWN_MESSAGE.test(message)) return "down";
    if (BUSY_PRISMA_CODES.has(code) || BUSY_SQLSTATES.has(sqlState) || CONNECT_TIMEOUT.test(message)) return "busy";
    current = shape.cause;
  }
  return null;
}
