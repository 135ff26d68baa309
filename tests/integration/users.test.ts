/**
 * Accounts and roles: the admin's user use-cases, the last-admin rule (also
 * under concurrency), sessions that end (role change, disable, password
 * change, the admin's "end sessions") from the very next request, and the
 * `user:create` command.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { actorForSessionUser } from "@/lib/auth/session-actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { endUserSessions } from "@/lib/users/end-user-sessions";
import { saveUser } from "@/lib/users/save-user";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { actorWithRole } from "./actors";

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? `${error.status} ${error.messageKey}` : error),
  );

// Each test starts with no accounts, so "the last admin" is the one the test made.
beforeEach(async () => {
  await db().revision.deleteMany();
  await db().apiToken.deleteMany();
  await db().user.deleteMany();
});

describe("creating accounts", () => {
  it("creates an account with a generated password, hashed with argon2id, and a revision", async () => {
    const admin = await actorWithRole("admin");
    const { user, generatedPassword } = await createUser(admin, { email: " New.Editor@Example.ORG ", role: "editor", password: "" });
    expect(user).toMatchObject({ email: "new.editor@example.org", name: "new.editor", role: "editor", disabledAt: null });
    expect(user).not.toHaveProperty("passwordHash");
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, generatedPassword!)).toBe(true);
    const revision = await db().revision.findFirstOrThrow({ where: { entityType: "user", entityId: user.id } });
    expect(revision).toMatchObject({ action: "create", actorId: admin.id });
    expect(JSON.stringify(revision.after)).not.toContain("argon2");
  });

  it("refuses an email that already has an account, on the email field", async () => {
    const admin = await actorWithRole("admin");
    await createUser(admin, { email: "taken@example.org", role: "reader", password: "a-long-password" });
    const error = await createUser(admin, { email: "TAKEN@example.org", role: "admin" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 409, messageKey: "admin.users.emailTaken", details: { fieldErrors: { email: ["admin.users.emailTaken"] } } });
  });

  it("refuses a short password and a made-up role with field errors", async () => {
    const admin = await actorWithRole("admin");
    const error = await createUser.fromUntrusted(admin, { email: "x@example.org", role: "owner", password: "short" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 422 });
    expect((error as { issues: { path: string[] }[] }).issues.map((issue) => issue.path.join("."))).toEqual(["role", "password"]);
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or disabled, by anyone, with a clear message", async () => {
    const admin = await actorWithRole("admin");
    expect(await outcome(changeUserRole(admin, { userId: admin.id, role: "editor" }))).toBe("409 admin.users.lastAdmin");
    expect(await outcome(setUserDisabled(admin, { userId: admin.id, disabled: true }))).toBe("409 admin.users.lastAdmin");
    expect(await outcome(saveUser(systemActor("test"), { email: admin.email, role: "reader", password: "a-long-password" }))).toBe(
      "409 admin.users.lastAdmin",
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("can be demoted once another admin is active, and a disabled admin does not count", async () => {
    const first = await actorWithRole("admin");
    const second = await actorWithRole("admin");
    await setUserDisabled(first, { userId: second.id, disabled: "true" });
    expect(await outcome(changeUserRole(first, { userId: first.id, role: "editor" }))).toBe("409 admin.users.lastAdmin");
    await setUserDisabled(first, { userId: second.id, disabled: "false" });
    expect(await outcome(changeUserRole(second, { userId: first.id, role: "editor" }))).toBe("ok");
    const actions = await db().revision.findMany({ where: { entityType: "user", entityId: { in: [first.id, second.id] } }, orderBy: { id: "asc" } });
    expect(actions.map((revision) => revision.action)).toEqual(["disable", "enable", "changeRole"]);
    expect(actions[2]).toMatchObject({ before: { role: "admin" }, after: { role: "editor" } });
  });

  it("survives two admins demoting each other at the same moment: exactly one succeeds", async () => {
    const first = await actorWithRole("admin");
    const second = await actorWithRole("admin");
    const results = await Promise.all([
      outcome(changeUserRole(first, { userId: second.id, role: "editor" })),
      outcome(changeUserRole(second, { userId: first.id, role: "editor" })),
    ]);
    expect(results.sort()).toEqual(["409 admin.users.lastAdmin", "ok"]);
    expect(await db().user.count({ where: { role: "admin", disabledAt: null } })).toBe(1);
  });
});

describe("sessions", () => {
  const generationOf = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).sessionGeneration;

  it("end on a role change and a disable: a cookie signed in before is nobody on the very next request", async () => {
    const admin = await actorWithRole("admin");
    const editor = await actorWithRole("editor");
    const signedIn = await generationOf(editor.id);
    expect(await actorForSessionUser(editor.id, signedIn)).toMatchObject({ kind: "user", role: "editor" });

    await changeUserRole(admin, { userId: editor.id, role: "admin" });
    expect(await actorForSessionUser(editor.id, signedIn)).toEqual({ kind: "anonymous" });
    const afterRoleChange = await generationOf(editor.id);
    expect(await actorForSessionUser(editor.id, afterRoleChange)).toMatchObject({ kind: "user", role: "admin" });

    await setUserDisabled(admin, { userId: editor.id, disabled: true });
    expect(await actorForSessionUser(editor.id, await generationOf(editor.id))).toEqual({ kind: "anonymous" });
    await setUserDisabled(admin, { userId: editor.id, disabled: false });
    // Enabling again does not bring back the sessions the disable ended.
    expect(await actorForSessionUser(editor.id, afterRoleChange)).toEqual({ kind: "anonymous" });
    expect(await actorForSessionUser(editor.id, undefined)).toEqual({ kind: "anonymous" });
  });

  it("end when the password changes, and when an admin ends them, and the account can sign in again", async () => {
    const admin = await actorWithRole("admin");
    const { user } = await saveUser(admin, { email: "rotate@example.org", role: "editor", password: "first-password-1" });
    const signedIn = await generationOf(user.id);
    expect(await actorForSessionUser(user.id, signedIn)).toMatchObject({ kind: "user", id: user.id });

    await saveUser(admin, { email: "rotate@example.org", role: "editor", password: "second-password-2" });
    expect(await actorForSessionUser(user.id, signedIn)).toEqual({ kind: "anonymous" });

    const afterPasswordChange = await generationOf(user.id);
    expect(await actorForSessionUser(user.id, afterPasswordChange)).toMatchObject({ kind: "user" });
    await endUserSessions(admin, { userId: user.id });
    expect(await actorForSessionUser(user.id, afterPasswordChange)).toEqual({ kind: "anonymous" });
    // Not disabled: a new sign-in (the current generation) is somebody.
    expect(await actorForSessionUser(user.id, await generationOf(user.id))).toMatchObject({ kind: "user", role: "editor" });
    const revision = await db().revision.findFirstOrThrow({ where: { entityId: user.id }, orderBy: { id: "desc" } });
    expect(revision).toMatchObject({ action: "endSessions", actorId: admin.id });

    expect(await outcome(endUserSessions(await actorWithRole("editor"), { userId: user.id }))).toBe("403 error.forbidden");
    expect(await outcome(endUserSessions(admin, { userId: "00000000-0000-4000-8000-000000000000" }))).toBe("404 admin.users.notFound");
  });

  it("of a deleted account, or with a malformed id, are nobody", async () => {
    expect(await actorForSessionUser("00000000-0000-4000-8000-000000000000", 0)).toEqual({ kind: "anonymous" });
    expect(await actorForSessionUser("not-a-uuid", 0)).toEqual({ kind: "anonymous" });
    expect(await actorForSessionUser(undefined, 0)).toEqual({ kind: "anonymous" });
  });
});

describe("npm run user:create", () => {
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], { timeout: 60_000 }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it("creates a user with a generated password, then updates its role, against DATABASE_URL", async () => {
    const created = await run("--email", "cli@example.org", "--role", "editor");
    expect(created.code).toBe(0);
    const password = created.stdout.match(/Password: (\S+)/)?.[1];
    expect(created.stdout).toContain("Created editor cli@example.org.");
    const user = await db().user.findUniqueOrThrow({ where: { email: "cli@example.org" } });
    expect(await verifyPassword(user.passwordHash, password!)).toBe(true);

    const updated = await run("--email", "cli@example.org", "--role", "admin", "--password", "chosen-password-1");
    expect(updated).toMatchObject({ code: 0, stdout: "Updated admin cli@example.org.\n" });
    const after = await db().user.findUniqueOrThrow({ where: { email: "cli@example.org" } });
    expect(after.role).toBe("admin");
    expect(await verifyPassword(after.passwordHash, "chosen-password-1")).toBe(true);
  });

  it("explains bad input instead of failing", async () => {
    const missing = await run("--email", "cli@example.org");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Usage: npm run user:create");
    const badRole = await run("--email", "cli@example.org", "--role", "owner");
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("--role: Choose a value from the list.");
  });
});
