import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { findSimilarClaims } from "@/lib/claims/find-similar-claims";
import { createSource } from "@/lib/sources/create-source";
import { actorWithRole } from "./actors";

let reportId: string;

beforeAll(async () => {
  const editor = await actorWithRole("editor");
  const source = await createSource(editor, { name: "بلومبرج", kind: "outlet" });
  const claim = (text: string) => createClaim(editor, { claimantId: source.id, saidAt: "2024-01-26", text });
  reportId = (await claim("الرئيس فلاديمير بوتين يجس نبض الولايات المتحدة بشأن محادثات لإنهاء الحرب في أوكرانيا")).id;
  await claim("وزارة الصحة تنفي انتشار وباء جديد في العاصمة");
});

describe("similar claims at the door", () => {
  it("finds a reworded report, diacritics and all, and not an unrelated claim", async () => {
    const similar = await findSimilarClaims("بوتين يَجُسُّ نبض الولايات المتحدة حول محادثات إنهاء حرب أوكرانيا");
    expect(similar.map((claim) => claim.id)).toEqual([reportId]);
    expect(similar[0]!.claimantName).toBe("بلومبرج");
  });

  it("leaves out the claim being edited", async () => {
    expect(await findSimilarClaims("بوتين يجس نبض الولايات المتحدة", { excludeId: reportId })).toEqual([]);
  });
});
