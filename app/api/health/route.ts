import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { databaseOutage, reportDatabaseDown, reportDatabaseUp } from "@/lib/db/database-outage";
import { databaseTrouble } from "@/lib/db/database-trouble";
import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/http/error-body";

export const dynamic = "force-dynamic";

/**
 * Health for load balancers and people: 200 when every dependency answers,
 * 503 naming the one that does not (the database is the only one: sessions,
 * throttling and the webhook queue all live in it).
 */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    reportDatabaseUp();
    return NextResponse.json({ status: "ok", dependencies: { database: { status: "up" } } }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (databaseTrouble(error) === "down") reportDatabaseDown(error);
    const outage = databaseOutage();
    const database = outage
      ? { status: "down", since: outage.since.toISOString(), reason: outage.reason }
      : { status: databaseTrouble(error) === "busy" ? "busy" : "error" };
    return NextResponse.json(
      { status: "error", dependencies: { database } },
      { status: 503, headers: { "retry-after": String(OUTAGE_RETRY_AFTER_SECONDS), "cache-control": "no-store" } },
    );
  }
}
