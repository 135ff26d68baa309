/**
 * The claim workflow lives in the domain (lib/claims/claim-workflow.ts):
 * which status may follow which, and the permission each step takes. Both
 * writes that move a status (the workflow buttons and a whole-claim edit)
 * go through it, so a tampered form or an API call cannot jump a step.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { initialClaimStatuses, nextClaimStatuses } from "@/lib/claims/claim-workflow";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/vocabulary";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let editor: Actor;
let claimantId: string;

beforeAll(async () => {
  ({ editor, claimantId } = await editorAdminAndClaimant());
});

const claimIn = (status: ClaimStatus) => createClaim(editor, claimInput(claimantId, { status }));

describe("the claim workflow", () => {
  it("offers an editor the desk's steps from each status, and every status for a new claim", () => {
    expect(Object.fromEntries(CLAIM_STATUSES.map((status) => [status, nextClaimStatuses(editor, status, { reviewRequired: false })]))).toEqual({
      draft: ["in_review", "published"],
      in_review: ["published", "draft"],
      published: ["archived", "draft"],
      archived: ["published", "draft"],
    });
    expect(initialClaimStatuses(editor, { reviewRequired: false })).toEqual(CLAIM_STATUSES);
  });

  it("takes each step it offers, and refuses a jump it does not, naming both statuses", async () => {
    const draft = await claimIn("draft");
    const refused = await refusal(changeClaimStatus(editor, { id: draft.id, version: draft.version, status: "archived" }));
    expect(refused).toMatchObject({ status: 409, code: "error.claimStep", message: "لا يُنقل الادعاء من «مسودة» إلى «مؤرشف» مباشرة." });

    let claim = draft;
    for (const status of ["in_review", "published", "archived", "published", "draft"] as const) {
      claim = await changeClaimStatus(editor, { id: claim.id, version: claim.version, status });
      expect(claim.status).toBe(status);
    }
  });

  it("holds for a whole-claim edit too, which may keep its status", async () => {
    const published = await claimIn("published");
    const edit = { ...claimInput(claimantId), id: published.id, version: published.version };
    const refused = await refusal(updateClaim(editor, { ...edit, status: "in_review" }), "en");
    expect(refused).toMatchObject({ status: 409, code: "error.claimStep", fieldErrors: { status: [expect.any(String)] } });
    expect(refused.message).toBe("A claim cannot go from “Published” to “In review” in one step.");
    const kept = await updateClaim(editor, { ...edit, status: "published", text: "نص معدل", correction: { kind: "update", note: "أعيدت الصياغة" } });
    expect(kept).toMatchObject({ status: "published", text: "نص معدل" });
  });
});
