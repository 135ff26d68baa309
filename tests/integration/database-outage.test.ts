import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseOutage, reportDatabaseDown } from "@/lib/db/database-outage";
import { errorBody } from "@/lib/http/error-body";
import { log } from "@/lib/runtime/log";

const unreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:1"), { code: "P1001" });

describe("an outage", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one log line however many requests find it, and one more when the database answers again", async () => {
    const errors = vi.spyOn(log, "error").mockImplementation(() => {});
    const infos = vi.spyOn(log, "info").mockImplementation(() => {});
    const before = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://nobody:x@127.0.0.1:1/none"; // the probe finds nothing there
    try {
      // The first through errorBody, as an API route or a server action meets it: a 503 that says so.
      const { error } = errorBody(unreachable, "en");
      expect(error).toMatchObject({ status: 503, code: "error.databaseDown" });
      expect(error.message).toMatch(/database cannot be reached/);
      for (let request = 1; request < 500; request++) reportDatabaseDown(unreachable);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(databaseOutage()).toMatchObject({ refused: 500, reason: "Can't reach database server at 127.0.0.1:1" });
      expect(infos).not.toHaveBeenCalled();
    } finally {
      process.env.DATABASE_URL = before;
    }
    // Pointed back at a database that answers (this file's), the probe ends the outage.
    await vi.waitFor(() => expect(databaseOutage()).toBeNull(), { timeout: 10_000 });
    expect(infos).toHaveBeenCalledTimes(1);
    expect(infos.mock.calls[0]![0]).toMatchObject({ event: "database.up", refused: 500 });
  });
});
