import { db } from "@/lib/db/client";

/** Sources another may be affiliated with: every live one but itself, by name. */
export function listAffiliationOptions(excludeId?: string) {
  return db().source.findMany({
    where: { deletedAt: null, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, name: true, nameEn: true },
    orderBy: { name: "asc" },
  });
}
