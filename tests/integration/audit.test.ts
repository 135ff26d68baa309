/** The audit log's query: filters by who, what kind of record, which record and which days, newest first, a page at a time. */
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { auditFilters } from "@/lib/audit/audit-filters";
import { changedFields, entityHref, keptSourceOf, revisionSubject } from "@/lib/audit/describe-revision";
import { AUDIT_PAGE_SIZE, listRevisions } from "@/lib/audit/list-revisions";
import { db } from "@/lib/db/client";
import { createSource } from "@/lib/sources/create-source";
import { mergeSources } from "@/lib/sources/merge-sources";
import { undoMerge } from "@/lib/sources/undo-merge";
import { updateSource } from "@/lib/sources/update-source";
import { changeUserRole } from "@/lib/users/change-user-role";
import { actorWithRole } from "./actors";

let admin: Awaited<ReturnType<typeof actorWithRole>>;
let editor: Awaited<ReturnType<typeof actorWithRole>>;
let sourceId: string;

const list = (query: Record<string, string>) => listRevisions(auditFilters.parse(query));

beforeAll(async () => {
  admin = await actorWithRole("admin");
  editor = await actorWithRole("editor");
  const source = await createSource(editor, { name: "وكالة مقترحة", kind: "agency" });
  sourceId = source.id;
  await updateSource(admin, { sourceId, version: 1, name: "وكالة معتمدة", kind: "agency", approve: true });
  await changeUserRole(admin, { userId: editor.id, role: "reader" });
  await createSource(systemActor("test"), { name: "مصدر من النظام", kind: "other" });
});

describe("the audit log", () => {
  it("lists every change, newest first, with who made it", async () => {
    const { revisions, total } = await list({});
    expect(total).toBe(4);
    expect(revisions.map((revision) => [revision.entityType, revision.action, revision.actor?.email ?? "system"])).toEqual([
      ["source", "create", "system"],
      ["user", "changeRole", admin.email],
      ["source", "approve", admin.email],
      ["source", "create", editor.email],
    ]);
  });

  it("filters by actor (the system included), record type and record", async () => {
    expect((await list({ actor: editor.id })).total).toBe(1);
    expect((await list({ actor: "system" })).revisions.map((revision) => revision.action)).toEqual(["create"]);
    expect((await list({ entityType: "user" })).revisions.map((revision) => revision.action)).toEqual(["changeRole"]);
    expect((await list({ entityType: "source", entityId: sourceId })).total).toBe(2);
  });

  it("filters by days, both ends included, and ignores tampered filters", async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await list({ from: today, to: today })).total).toBe(4);
    expect((await list({ to: "2000-01-01" })).total).toBe(0);
    expect((await list({ from: "2999-01-01" })).total).toBe(0);
    expect(auditFilters.parse({ actor: "'; drop table", entityType: "everything", from: "yesterday", page: "-3" })).toEqual({ page: 1 });
  });

  it("pages through long histories", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE; i++) await db().revision.create({ data: { entityType: "tag", entityId: String(i), action: "create" } });
    const first = await list({});
    const second = await list({ page: "2" });
    expect(first.pageCount).toBe(2);
    expect(first.revisions).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.revisions).toHaveLength(4);
    await db().revision.deleteMany({ where: { entityType: "tag" } });
  });

  it("describes a merge by its duplicate and the source kept, and an edit by the fields it changed", async () => {
    const kept = await createSource(admin, { name: "الباقي", kind: "outlet" });
    const duplicate = await createSource(admin, { name: "المكرر", kind: "outlet" });
    await mergeSources(admin, { keptSourceId: kept.id, duplicateSourceId: duplicate.id });
    const merge = await db().revision.findFirstOrThrow({ where: { action: "merge" } });
    expect(revisionSubject(merge.before, merge.after)).toBe("المكرر");
    expect(keptSourceOf(merge.after)).toEqual({ id: kept.id, name: "الباقي" });
    expect(changedFields(merge.before, merge.after)).toEqual([]);
    expect(entityHref(merge.entityType, merge.entityId, merge.before, merge.after)).toBe(`/admin/sources/${duplicate.id}`);

    const approval = await db().revision.findFirstOrThrow({ where: { action: "approve" } });
    expect(changedFields(approval.before, approval.after)).toEqual(["name", "status"]);
  });

  it("shows a merge and its undo in the kept source's history as well as the duplicate's", async () => {
    const kept = await createSource(admin, { name: "المصدر الأصلي", kind: "agency" });
    const duplicate = await createSource(admin, { name: "نسخة مكررة", kind: "agency" });
    const other = await createSource(admin, { name: "مصدر آخر", kind: "agency" });
    await mergeSources(admin, { keptSourceId: kept.id, duplicateSourceId: duplicate.id });
    await undoMerge(admin, { duplicateSourceId: duplicate.id });

    const history = async (entityId: string, entityType?: string) =>
      (await list({ entityId, ...(entityType ? { entityType } : {}) })).revisions.map((revision) => [revision.entityId, revision.action]);
    const mergeAndUndo = [
      [duplicate.id, "undoMerge"],
      [duplicate.id, "merge"],
    ];
    expect(await history(kept.id, "source")).toEqual([...mergeAndUndo, [kept.id, "create"]]);
    expect(await history(kept.id)).toEqual([...mergeAndUndo, [kept.id, "create"]]);
    expect(await history(duplicate.id, "source")).toEqual([...mergeAndUndo, [duplicate.id, "create"]]);
    expect(await history(other.id, "source")).toEqual([[other.id, "create"]]);
    expect(await history(kept.id, "claim")).toEqual([]);
  });
});
