/**
 * Next calls onRequestError for every error a render, route or server action
 * throws: one that says the database is down starts (or counts toward) the
 * outage, so the production server answers the next requests with 503.
 */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ databaseTrouble }, { reportDatabaseDown }] = await Promise.all([import("@/lib/db/database-trouble"), import("@/lib/db/database-outage")]);
  if (databaseTrouble(error) === "down") reportDatabaseDown(error);
}
