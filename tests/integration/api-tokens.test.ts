/**
 * API tokens: the secret is shown once and stored hashed; a token acts with
 * its creator's role as it is now, in the areas of its scopes only; revoked,
 * expired and disabled-creator tokens are nobody.
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { actorForBearerToken } from "@/lib/auth/api-token-actor";
import { may } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isPublicAction, TOKEN_SCOPE_FOR } from "@/lib/permissions";
import { TOKEN_SCOPES } from "@/lib/vocabulary";
import { AppError } from "@/lib/errors";
import { createSource } from "@/lib/sources/create-source";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { actorWithRole } from "./actors";
import { refusal } from "./refusal";

let admin: Awaited<ReturnType<typeof actorWithRole>>;

beforeAll(async () => {
  admin = await actorWithRole("admin");
});

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.status : error),
  );

describe("API tokens", () => {
  it("show their secret once and keep only its sha256, with a revision that holds neither", async () => {
    const { token, secret } = await createApiToken(admin, { name: "موقع الصحيفة", scopes: [] });
    expect(secret).toMatch(/^isnad_[\w-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 12));
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.secretHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(secret);
    const revision = await db().revision.findFirstOrThrow({ where: { entityType: "apiToken", entityId: token.id } });
    expect(revision).toMatchObject({ action: "create", actorId: admin.id });
    expect(JSON.stringify(revision.after)).not.toContain(secret);
    expect(JSON.stringify(revision.after)).not.toContain(stored.secretHash);
  });

  it("act with their maker's role in the areas of their scopes only, and note when they were last used", async () => {
    const publicOnly = await actorForBearerToken((await createApiToken(admin, { name: "read", scopes: [] })).secret);
    const claimsOnly = await actorForBearerToken((await createApiToken(admin, { name: "claims", scopes: ["claims_read", "claims_write"] })).secret);
    const sources = await createApiToken(admin, { name: "sources", scopes: "sources_write" });
    const sourcesOfAdmin = await actorForBearerToken(sources.secret);
    expect(publicOnly).toMatchObject({ kind: "token", role: "admin", scopes: [], createdById: admin.id });
    expect(may(publicOnly, "claim.create")).toBe(false);
    expect(may(claimsOnly, "claim.create")).toBe(true);
    expect(may(claimsOnly, "source.propose")).toBe(false);
    // An admin's sources token may do what an admin may with sources; nothing of an admin's own desk.
    expect(may(sourcesOfAdmin, "source.write")).toBe(true);
    expect(may(sourcesOfAdmin, "claim.create")).toBe(false);
    expect(may(sourcesOfAdmin, "user.manage")).toBe(false);

    expect(await statusOf(createSource(claimsOnly, { name: "مصدر", kind: "outlet" }))).toBe(403);
    expect((await createSource(sourcesOfAdmin, { name: "مصدر معتمد", kind: "outlet" })).status).toBe("active");
    // The token of an admin since made an editor proposes, as the editor would.
    const maker = await actorWithRole("admin");
    const makersSources = await createApiToken(maker, { name: "x", scopes: ["sources_write"] });
    await changeUserRole(admin, { userId: maker.id, role: "editor" });
    const proposed = await createSource(await actorForBearerToken(makersSources.secret), { name: "مصدر", kind: "outlet" });
    expect(proposed.status).toBe("proposed");
    const revision = await db().revision.findFirstOrThrow({ where: { entityType: "source", entityId: proposed.id } });
    expect(revision).toMatchObject({ tokenId: makersSources.token.id, actorId: maker.id });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: sources.token.id } })).lastUsedAt).toBeInstanceOf(Date);
  });

  it("never reach what only a signed-in admin does, whatever their scopes", async () => {
    const everything = await actorForBearerToken((await createApiToken(admin, { name: "all", scopes: [...TOKEN_SCOPES] })).secret);
    for (const [action, scope] of Object.entries(TOKEN_SCOPE_FOR)) {
      // What anyone may do (send a tip), a token may too.
      expect(may(everything, action as keyof typeof TOKEN_SCOPE_FOR), action).toBe(scope !== null || isPublicAction(action as keyof typeof TOKEN_SCOPE_FOR));
    }
    expect(await refusal(createApiToken.fromUntrusted(admin, { name: "x", scopes: ["everything"] }))).toMatchObject({ status: 422 });
  });

  it("stop working once revoked; revoking twice changes nothing", async () => {
    const { token, secret } = await createApiToken(admin, { name: "soon revoked", scopes: ["claims_read", "claims_write", "sources_write", "imports_write"] });
    expect((await actorForBearerToken(secret)).kind).toBe("token");
    const revoked = await revokeApiToken(admin, { tokenId: token.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await actorForBearerToken(secret)).toEqual({ kind: "anonymous", rejectedToken: true });
    await revokeApiToken(admin, { tokenId: token.id });
    expect(await db().revision.count({ where: { entityId: token.id, action: "revoke" } })).toBe(1);
  });

  it("stop working when they expire, and cannot be made already expired", async () => {
    const { token, secret } = await createApiToken(admin, { name: "expiring", scopes: [], expiresAt: "2099-01-01" });
    expect(token.expiresAt?.toISOString()).toBe("2099-01-01T00:00:00.000Z");
    expect((await actorForBearerToken(secret)).kind).toBe("token");
    await db().apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorForBearerToken(secret)).toEqual({ kind: "anonymous", rejectedToken: true });

    const error = await createApiToken(admin, { name: "past", scopes: [], expiresAt: "2001-01-01" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 422, issues: [{ path: ["expiresAt"], message: "admin.tokens.expiryInPast" }] });
    expect(await createApiToken(admin, { name: "no expiry", scopes: [], expiresAt: "" })).toMatchObject({ token: { expiresAt: null } });
  });

  it("follow their creator: nobody once the account is disabled, read-only once it is a reader", async () => {
    const otherAdmin = await actorWithRole("admin");
    const { secret } = await createApiToken(otherAdmin, { name: "creator's", scopes: ["claims_read", "claims_write", "sources_write", "imports_write"] });
    await changeUserRole(admin, { userId: otherAdmin.id, role: "reader" });
    const demoted = await actorForBearerToken(secret);
    expect(demoted).toMatchObject({ kind: "token", role: "reader" });
    expect(may(demoted, "claim.create")).toBe(false);
    await setUserDisabled(admin, { userId: otherAdmin.id, disabled: true });
    expect(await actorForBearerToken(secret)).toEqual({ kind: "anonymous", rejectedToken: true });
  });

  it("are unknown when made up or empty", async () => {
    expect(await actorForBearerToken("isnad_made-up")).toEqual({ kind: "anonymous", rejectedToken: true });
    expect(await actorForBearerToken("")).toEqual({ kind: "anonymous" });
  });

  it("that stand for nobody are told so (401), not asked to sign in", async () => {
    const rejected = await actorForBearerToken("isnad_made-up");
    const refused = await refusal(createSource(rejected, { name: "مصدر", kind: "outlet" }));
    expect(refused).toMatchObject({ status: 401, code: "error.tokenRejected" });
    expect(refused.message).toContain("انتهت صلاحيته");
  });

  it("are managed by admins only", async () => {
    const editor = await actorWithRole("editor");
    expect(await statusOf(createApiToken(editor, { name: "x", scopes: [] }))).toBe(403);
    const { secret } = await createApiToken(admin, { name: "write", scopes: ["claims_read", "claims_write", "sources_write", "imports_write"] });
    expect(await statusOf(createApiToken(await actorForBearerToken(secret), { name: "x", scopes: [] }))).toBe(403);
  });
});
