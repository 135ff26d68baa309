/**
 * An editor's inbox (lib/inbox/get-inbox.ts): the reviews waiting for them
 * (asked of them, or of anyone, never their own), the claims assigned to them
 * that are not out yet, and the notes that mention them until they read them.
 * The desk header's count is the same three, counted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { countInbox, getInbox } from "@/lib/inbox/get-inbox";
import { addClaimNote } from "@/lib/notes/add-claim-note";
import { markMentionsRead } from "@/lib/notes/mark-mentions-read";
import { approveReview } from "@/lib/reviews/approve-review";
import { requestReview } from "@/lib/reviews/request-review";
import { actorWithRole, type UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";

let author: UserActor;
let asked: UserActor;
let bystander: UserActor;
let claimantId: string;

const handle = (user: UserActor) => user.email.slice(0, user.email.indexOf("@"));
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

beforeAll(async () => {
  ({ editor: author, claimantId } = await editorAdminAndClaimant());
  asked = await actorWithRole("editor");
  bystander = await actorWithRole("editor");
});

describe("the inbox", () => {
  it("lists reviews for whoever may decide them, assignments not yet out, and unread mentions; the count agrees", async () => {
    const forAnyone = await createClaim(author, claimInput(claimantId, { text: "لأي محرر" }));
    await requestReview(author, { claimId: forAnyone.id, version: forAnyone.version });
    const forAsked = await createClaim(author, claimInput(claimantId, { text: "لمحرر بعينه" }));
    await requestReview(author, { claimId: forAsked.id, version: forAsked.version, reviewerId: asked.id });
    const assigned = await createClaim(author, claimInput(claimantId, { assigneeId: asked.id }));
    const assignedButOut = await createClaim(author, claimInput(claimantId, { assigneeId: asked.id, status: "published" }));
    const mentioned = await addClaimNote(author, { claimId: assigned.id, body: `@${handle(asked)} هل رأيت هذا؟` });

    const inbox = await getInbox(asked.id);
    expect(inbox.reviews.map((review) => review.claim.id).sort()).toEqual([forAnyone.id, forAsked.id].sort());
    expect(ids(inbox.assigned)).toEqual([assigned.id]);
    expect(ids(inbox.mentions)).toEqual([mentioned.id]);
    expect(ids(inbox.assigned)).not.toContain(assignedButOut.id);
    expect(await countInbox(asked.id)).toBe(4);

    // The author never finds their own request to decide; a colleague not asked sees only the one for anyone.
    expect((await getInbox(author.id)).reviews).toEqual([]);
    expect((await getInbox(bystander.id)).reviews.map((review) => review.claim.id)).toEqual([forAnyone.id]);
    expect(await countInbox(bystander.id)).toBe(1);
  });

  it("lets go of what is done: a decided review, a claim published or deleted, a mention read", async () => {
    const reviewer = await actorWithRole("editor");
    // The first test's request for anyone waits for this new colleague too.
    const already = await countInbox(reviewer.id);
    const claim = await createClaim(author, claimInput(claimantId, { assigneeId: reviewer.id }));
    const waiting = await requestReview(author, { claimId: claim.id, version: claim.version, note: `@${handle(reviewer)} راجع` });
    const before = await getInbox(reviewer.id);
    const review = before.reviews.find((entry) => entry.claim.id === claim.id)!;
    expect(before.mentions).toHaveLength(1);
    expect(await countInbox(reviewer.id)).toBe(already + 3);

    const published = await approveReview(reviewer, { reviewId: review.id, version: waiting.version });
    expect(published.status).toBe("published");
    expect(await countInbox(reviewer.id)).toBe(already + 1); // the mention, still unread
    await markMentionsRead(reviewer, {});
    expect(await countInbox(reviewer.id)).toBe(already);

    const other = await createClaim(author, claimInput(claimantId, { assigneeId: reviewer.id }));
    await addClaimNote(author, { claimId: other.id, body: `@${handle(reviewer)} وهذا` });
    expect(await countInbox(reviewer.id)).toBe(already + 2);
    const sent = await changeClaimStatus(author, { id: other.id, version: other.version, status: "in_review" });
    await deleteClaim(author, { id: other.id, version: sent.version });
    const after = await getInbox(reviewer.id);
    expect([after.assigned, after.mentions]).toEqual([[], []]);
    expect(await countInbox(reviewer.id)).toBe(already);
  });
});
