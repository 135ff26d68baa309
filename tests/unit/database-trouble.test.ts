import { describe, expect, it } from "vitest";
import { databaseTrouble } from "@/lib/db/database-trouble";

const unreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:1"), {
  code: "P1001",
});
const adapterRefused = { code: "P2010", message: "Raw query failed", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } };
const shuttingDown = { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "57P01", kind: "postgres" } } } };
const terminated = { message: "wrapped", cause: new Error("Connection terminated unexpectedly") };
const socketRefused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED", errno: -111, syscall: "connect" });

describe("database trouble", () => {
  it("is 'down' for an unreachable server, a closed or terminated connection, a shutdown", () => {
    for (const error of [unreachable, adapterRefused, shuttingDown, terminated, socketRefused]) expect(databaseTrouble(error)).toBe("down");
  });

  it("is 'busy' for a full pool, a statement timeout, a lock not granted; nothing for the request's own errors", () => {
    expect(databaseTrouble({ code: "P2024" })).toBe("busy");
    expect(databaseTrouble({ meta: { driverAdapterError: { cause: { originalCode: "57014" } } } })).toBe("busy");
    expect(databaseTrouble(new Error("timeout exceeded when trying to connect"))).toBe("busy");
    expect(databaseTrouble({ code: "P2002" })).toBeNull();
    expect(databaseTrouble(new Error("boom"))).toBeNull();
    expect(databaseTrouble(null)).toBeNull();
  });
});

