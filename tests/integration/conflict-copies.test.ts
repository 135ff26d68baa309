/**
 * The use-case contract the typed boundaries rely on (lib/use-case.ts): a
 * versioned use-case returns the record it versions, and its 409 carries the
 * current copy of that same record, so a form reads the conflict's copy with
 * the result's type. A save that returned one shape and refused with another
 * would make the form's merge read fields that are not there.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { setVerdict } from "@/lib/claims/set-verdict";
import { updateClaim } from "@/lib/claims/update-claim";
import { AppError } from "@/lib/errors";
import { createSource } from "@/lib/sources/create-source";
import { updateSource } from "@/lib/sources/update-source";
import { createStory } from "@/lib/stories/create-story";
import { updateStory } from "@/lib/stories/update-story";
import { claimInput, editorAdminAndClaimant } from "./desk";

/** The keys of a value, nested objects and the first item of lists included: its shape, not its content. */
function shape(value: unknown): unknown {
  if (value instanceof Date) return "date";
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, item === null ? "nullable" : shape(item)]).sort());
  return typeof value;
}

/** The current copy a stale save is refused with. */
async function conflictCopy(save: Promise<unknown>): Promise<unknown> {
  const error = await save.then(
    () => {
      throw new Error("expected a 409");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(409);
  const data = (error as AppError).details.data;
  expect(data).toHaveProperty("current");
  return (data as { current: unknown }).current;
}

let editor: Actor;
let admin: Actor;
let claimantId: string;

beforeAll(async () => {
  ({ editor, admin, claimantId } = await editorAdminAndClaimant());
});

describe("a stale save's current copy has the shape of the save's result", () => {
  it("for a claim's edit, status and verdict", async () => {
    const claim = await createClaim(editor, claimInput(claimantId, { tags: ["وسم"] }));
    const saved = await updateClaim(editor, { ...claimInput(claimantId), id: claim.id, version: claim.version, tags: ["وسم"] });
    const stale = { id: claim.id, version: claim.version };

    const copies = await Promise.all([
      conflictCopy(updateClaim(editor, { ...claimInput(claimantId), ...stale })),
      conflictCopy(changeClaimStatus(editor, { ...stale, status: "in_review" })),
      conflictCopy(setVerdict(editor, { claimId: claim.id, version: claim.version, verdictId: null })),
    ]);
    for (const copy of copies) {
      expect(shape(copy)).toEqual(shape(saved));
      expect(copy).toMatchObject({ id: claim.id, version: saved.version });
    }
  });

  it("for a story", async () => {
    const story = await createStory(editor, { title: "قصة للاختبار", tags: ["وسم"] });
    const saved = await updateStory(editor, { id: story.id, version: story.version, title: "قصة معدلة", tags: ["وسم"] });
    const copy = await conflictCopy(updateStory(editor, { id: story.id, version: story.version, title: "قصة متأخرة" }));
    expect(shape(copy)).toEqual(shape(saved));
  });

  it("for a source", async () => {
    const source = await createSource(admin, { name: "مصدر للتعارض", kind: "outlet" });
    const saved = await updateSource(admin, { sourceId: source.id, version: source.version, name: "مصدر معدل", kind: "outlet" });
    const copy = await conflictCopy(updateSource(admin, { sourceId: source.id, version: source.version, name: "مصدر متأخر", kind: "outlet" }));
    expect(shape(copy)).toEqual(shape(saved));
    expect(copy).toMatchObject({ id: source.id, version: saved.version, name: "مصدر معدل" });
  });
});
