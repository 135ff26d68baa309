import { z } from "zod";
import { AppError } from "@/lib/errors";
import { cleanText } from "@/lib/validation/fields";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.email" }).max(200));
export { roleSchema as role } from "@/lib/validation/fields";
export const password = z.string().min(10, { error: "validation.passwordTooShort" }).max(200);
export const userName = cleanText(120);

/** What a user record shows: never the password hash. */
export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  createdAt: true,
} as const;

/** The name a user gets when none is given: the part of the email before the @. */
export const defaultUserName = (address: string) => address.split("@")[0]!;

export const userNotFound = () => new AppError(404, "admin.users.notFound");
