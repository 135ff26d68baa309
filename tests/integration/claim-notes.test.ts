/**
 * The desk's internal notes (lib/notes/): a thread per claim, with @mentions
 * of colleagues, for the desk only. Readers get 403 on writing them, and no
 * public answer carries them (reader-shapes.test.ts walks every public shape;
 * here the thread itself is checked against the public claim).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { anonymous } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { addClaimNote } from "@/lib/notes/add-claim-note";
import { markMentionsRead } from "@/lib/notes/mark-mentions-read";
import { getPublicClaim } from "@/lib/reader/get-public-claim";
import { actorWithRole, type UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";
import { refusal } from "./refusal";

let author: UserActor;
let colleague: UserActor;
let reader: UserActor;
let claimantId: string;

const handle = (user: UserActor) => user.email.slice(0, user.email.indexOf("@"));

beforeAll(async () => {
  ({ editor: author, claimantId } = await editorAdminAndClaimant());
  colleague = await actorWithRole("editor");
  reader = await actorWithRole("reader");
});

describe("internal notes", () => {
  it("mention the desk users they name, never their author nor a reader, with a revision", async () => {
    const claim = await createClaim(author, claimInput(claimantId, { status: "published" }));
    const body = `@${handle(colleague)} راجع المصدر. و@${handle(reader)} و@${handle(author)} و@nobody-here`;
    const note = await addClaimNote(author, { claimId: claim.id, body });
    expect(note.mentions.map((mention) => mention.userId)).toEqual([colleague.id]);
    expect(await db().revision.count({ where: { entityType: "note", entityId: note.id, action: "create" } })).toBe(1);

    // The whole address names the same colleague.
    const byAddress = await addClaimNote(author, { claimId: claim.id, body: `cc @${colleague.email}` });
    expect(byAddress.mentions.map((mention) => mention.userId)).toEqual([colleague.id]);

    const text = JSON.stringify(await getPublicClaim(claim.id));
    expect(text).not.toContain("راجع المصدر");
    expect(text).not.toContain(colleague.email);
  });

  it("are the desk's: a reader or nobody cannot write them, an empty one is refused", async () => {
    const claim = await createClaim(author, claimInput(claimantId));
    expect(await refusal(addClaimNote(reader, { claimId: claim.id, body: "ملاحظة" }))).toMatchObject({ status: 403 });
    expect(await refusal(addClaimNote(anonymous, { claimId: claim.id, body: "ملاحظة" }))).toMatchObject({ status: 401 });
    expect(await refusal(addClaimNote(author, { claimId: claim.id, body: " \u200b " }))).toMatchObject({ status: 422, fieldErrors: { body: [expect.any(String)] } });
    expect(await refusal(addClaimNote(author, { claimId: crypto.randomUUID(), body: "ملاحظة" }))).toMatchObject({ status: 404 });
  });

  it("mark only the actor's own mentions read", async () => {
    const claim = await createClaim(author, claimInput(claimantId));
    const note = await addClaimNote(author, { claimId: claim.id, body: `@${handle(colleague)} انظر هنا` });
    expect(await markMentionsRead(author, { noteIds: [note.id] })).toEqual({ read: 0 });
    expect(await db().noteMention.count({ where: { noteId: note.id, readAt: null } })).toBe(1);
    expect(await markMentionsRead(colleague, { noteIds: note.id })).toEqual({ read: 1 });
    expect(await db().noteMention.count({ where: { noteId: note.id, readAt: null } })).toBe(0);
  });
});
