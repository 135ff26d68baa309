/**
 * Email notifications (lib/notify/): when SMTP is configured, a review asked
 * of someone, its decision and a mention are emailed through nodemailer,
 * queued in the write's own transaction and sent by the email worker. Here
 * the SMTP server is a real one on this machine (the smtp-server package),
 * and what it receives is parsed as any mail client would (mailparser).
 */
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { addClaimNote } from "@/lib/notes/add-claim-note";
import { startEmailWorker, type EmailWorker } from "@/lib/notify/email-worker";
import { approveReview } from "@/lib/reviews/approve-review";
import { requestReview } from "@/lib/reviews/request-review";
import { actorWithRole, type UserActor } from "./actors";
import { claimInput, editorAdminAndClaimant } from "./desk";

const received: ParsedMail[] = [];
let smtp: SMTPServer;
let worker: EmailWorker | null;
let author: UserActor;
let reviewer: UserActor;
let claimantId: string;

const handle = (user: UserActor) => user.email.slice(0, user.email.indexOf("@"));
const addressedTo = (user: UserActor) => received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((to) => to.address === user.email));
const queued = async () => Number((await db().$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name = 'desk-email'`)[0]!.count);

async function until(condition: () => boolean, what: string) {
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  ({ editor: author, claimantId } = await editorAdminAndClaimant());
  reviewer = await actorWithRole("editor");
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.ISNAD_SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.ISNAD_MAIL_FROM = "Isnad desk <desk@newsroom.test>";
  process.env.NEXTAUTH_URL = "https://isnad.newsroom.test";
  worker = await startEmailWorker({ pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await worker?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  delete process.env.ISNAD_SMTP_URL;
});

describe("email notifications", () => {
  it("tell the reviewer asked, then the author of the decision, in Arabic and English, with the desk's link", async () => {
    const claim = await createClaim(author, claimInput(claimantId, { text: "المعبر يفتح غدًا أمام الشاحنات" }));
    const asked = await requestReview(author, { claimId: claim.id, version: claim.version, reviewerId: reviewer.id });
    await until(() => addressedTo(reviewer).length === 1, "the reviewer's email");
    const [request] = addressedTo(reviewer);
    expect(request!.from?.value).toEqual([{ name: "Isnad desk", address: "desk@newsroom.test" }]);
    expect(request!.subject).toBe("مراجعة مطلوبة: المعبر يفتح غدًا أمام الشاحنات");
    expect(request!.text).toContain(`طلب ${author.name} مراجعة ادعاء قبل نشره`);
    expect(request!.text).toContain(`${author.name} asks for a claim's review`);
    expect(request!.text).toContain(`https://isnad.newsroom.test/editor/claims/${claim.id}`);
    expect(addressedTo(author)).toEqual([]);

    const review = await db().reviewRequest.findFirstOrThrow({ where: { claimId: claim.id, status: "pending" } });
    await approveReview(reviewer, { reviewId: review.id, version: asked.version });
    await until(() => addressedTo(author).length === 1, "the author's email");
    expect(addressedTo(author)[0]!.subject).toBe("نُشر بعد المراجعة: المعبر يفتح غدًا أمام الشاحنات");
  });

  it("tell a colleague a note mentions them", async () => {
    const claim = await createClaim(author, claimInput(claimantId, { text: "بيان عن الهدنة" }));
    const before = addressedTo(reviewer).length;
    await addClaimNote(author, { claimId: claim.id, body: `@${handle(reviewer)} انظر في هذا` });
    await until(() => addressedTo(reviewer).length === before + 1, "the mention's email");
    expect(addressedTo(reviewer).at(-1)!.subject).toBe(`ذكرك ${author.name}: بيان عن الهدنة`);
  });

  it("queue nothing without SMTP: the inbox alone tells", async () => {
    const url = process.env.ISNAD_SMTP_URL;
    delete process.env.ISNAD_SMTP_URL;
    try {
      const jobs = await queued();
      const claim = await createClaim(author, claimInput(claimantId));
      await requestReview(author, { claimId: claim.id, version: claim.version, reviewerId: reviewer.id });
      expect(await queued()).toBe(jobs);
    } finally {
      process.env.ISNAD_SMTP_URL = url;
    }
  });
});
