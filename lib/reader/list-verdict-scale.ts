import { db } from "@/lib/db/client";
import { publicVerdictSelect } from "./claim-card";

/** The newsroom's verdict scale as the admin ordered it: a handful of levels, all of them. */
export async function listVerdictScale() {
  return { verdicts: await db().verdictLevel.findMany({ select: publicVerdictSelect, orderBy: { position: "asc" } }) };
}
