/** The audit log names what real revisions changed as the desk's forms do, never by the database's field names. */
import { beforeAll, describe, expect, it } from "vitest";
import { changedFieldLabels } from "@/lib/audit/describe-revision";
import { createClaim } from "@/lib/claims/create-claim";
import { setVerdict } from "@/lib/claims/set-verdict";
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/messages";
import { DEFAULT_PREFERENCES } from "@/lib/i18n/preferences";
import { createSource } from "@/lib/sources/create-source";
import { updateSource } from "@/lib/sources/update-source";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { actorWithRole } from "./actors";

const arabic = { t: translator("ar"), prefs: DEFAULT_PREFERENCES };

let admin: Awaited<ReturnType<typeof actorWithRole>>;
let editor: Awaited<ReturnType<typeof actorWithRole>>;

beforeAll(async () => {
  admin = await actorWithRole("admin");
  editor = await actorWithRole("editor");
});

/** The labels of the newest revision of one record, as the audit log shows them. */
async function latestLabels(entityId: string) {
  const revision = await db().revision.findFirstOrThrow({ where: { entityId }, orderBy: { id: "desc" } });
  return changedFieldLabels(revision, arabic);
}

describe("the audit log's changed fields", () => {
  it("names a verdict's fields as the claim's history does", async () => {
    const claimant = await createSource(admin, { name: "الكرملين", kind: "government" });
    const claim = await createClaim(editor, { claimantId: claimant.id, saidAt: "2024-01-26T00:00:00Z", text: "لا، هذا تقرير خاطئ" });
    const level = await db().verdictLevel.create({ data: { key: `audit-${Date.now()}`, labelAr: "خاطئ", labelEn: "False", ratingValue: 1, color: "#b91c1c", position: 9 } });
    await setVerdict(editor, { claimId: claim.id, version: claim.version, verdictId: level.id, verdictReasoning: "لأن", evidence: [{ url: "https://example.com/e", title: "دليل" }] });
    expect(await latestLabels(claim.id)).toEqual(["الحكم", "التعليل", "الأدلة", "وقت الحكم"]);
  });

  it("names a source's approval by its form's label and its approval status", async () => {
    const source = await createSource(editor, { name: "وكالة مقترحة", kind: "agency" });
    await updateSource(admin, { sourceId: source.id, version: 1, name: "وكالة معتمدة", kind: "agency", approve: true });
    expect(await latestLabels(source.id)).toEqual(["الاسم", "حالة الاعتماد"]);
  });

  it("names an account's role change and disabling, and a token's revocation, by the columns that show them", async () => {
    const other = await actorWithRole("editor");
    await changeUserRole(admin, { userId: other.id, role: "reader" });
    expect(await latestLabels(other.id)).toEqual(["الدور"]);
    await setUserDisabled(admin, { userId: other.id, disabled: true });
    expect(await latestLabels(other.id)).toEqual(["الحالة"]);

    const { token } = await createApiToken(admin, { name: "موقع الصحيفة", scopes: [] });
    await revokeApiToken(admin, { tokenId: token.id });
    expect(await latestLabels(token.id)).toEqual(["الحالة"]);
  });
});
