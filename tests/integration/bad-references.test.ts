import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import type { UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let editor: UserActor;
let claimantId: string;

beforeAll(async () => {
  ({ editor, claimantId } = await editorAdminAndClaimant());
});

const claim = (overrides: Record<string, unknown>) => claimInput(claimantId, overrides);

describe("writes naming records that do not exist, or text that cannot be stored", () => {
  it("answers 422 naming the field when a chosen source, story or assignee does not exist, and writes nothing", async () => {
    const before = await db().claim.count();
    for (const [field, input] of [
      ["claimantId", claim({ claimantId: randomUUID() })],
      ["storyIds", claim({ storyIds: [randomUUID()] })],
      ["assigneeId", claim({ assigneeId: randomUUID() })],
      ["appearances", claim({ appearances: [{ key: "a", sourceId: randomUUID() }] })],
    ] as const) {
      const error = await refusal(createClaim(editor, input));
      expect(error, field).toMatchObject({ status: 422, code: "error.missingReference" });
      expect(error?.message).toMatch(/لم يعد موجودًا/);
      expect(Object.keys(error?.fieldErrors ?? {}), field).toEqual([field]);
    }
    expect(await db().claim.count()).toBe(before);
  });

  it("drops NUL and other control characters from stored text instead of failing", async () => {
    const created = await createClaim(editor, claim({ text: "نص\u0000 فيه\u0007 محارف تحكم" }));
    expect(created.text).toBe("نص فيه محارف تحكم");
  });

  it("refuses a year that is a typing slip (five digits, year zero) with a message saying the range", async () => {
    for (const saidAt of ["20245-01-26", "0000-01-26"]) {
      const error = await refusal(createClaim(editor, claim({ saidAt })));
      expect(error, saidAt).toMatchObject({ status: 422 });
      expect(error?.fieldErrors?.saidAt).toEqual(["السنة خارج المدى: أدخل سنة بين 1800 و2100."]);
    }
  });
});
