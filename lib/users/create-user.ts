import { z } from "zod";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { recordRevision } from "@/lib/revisions/record-revision";
import { defineUseCase } from "@/lib/use-case";
import { optionalText } from "@/lib/validation/fields";
import { defaultUserName, email, password, publicUserSelect, role } from "./user-fields";

export const createUserInput = z.object({
  email,
  name: optionalText(120),
  role,
  // Left empty, a password is generated and shown to the admin once.
  password: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(password.optional()),
});

/**
 * The admin's "new account": refuses an email that already has one (unlike
 * `user:create` on the command line, which updates it), so nobody's password
 * is replaced by mistake.
 */
export const createUser = defineUseCase({
  action: "user.manage",
  input: createUserInput,
  async run({ actor, input, tx }) {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError(409, "admin.users.emailTaken", { fieldErrors: { email: ["admin.users.emailTaken"] } });
    }
    const generatedPassword = input.password ? undefined : generatePassword();
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name ?? defaultUserName(input.email),
        role: input.role,
        passwordHash: await hashPassword(input.password ?? generatedPassword!),
      },
      select: publicUserSelect,
    });
    await recordRevision(tx, actor, { entityType: "user", entityId: user.id, action: "create", after: user });
    return { user, generatedPassword };
  },
});
