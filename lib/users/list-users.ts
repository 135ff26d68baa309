import { db } from "@/lib/db/client";
import { publicUserSelect } from "./user-fields";

/** Every account for the admin's list: active ones first, admins before editors before readers. */
export function listUsers() {
  return db().user.findMany({
    select: publicUserSelect,
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { role: "desc" }, { email: "asc" }],
  });
}

export type UserListEntry = Awaited<ReturnType<typeof listUsers>>[number];
