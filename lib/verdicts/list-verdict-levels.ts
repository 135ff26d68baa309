import { db } from "@/lib/db/client";

/** The verdict scale in the newsroom's order, as admins configured it. */
export function listVerdictLevels() {
  return db().verdictLevel.findMany({ orderBy: { position: "asc" } });
}
