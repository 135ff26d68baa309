import { z } from "zod";
import { cleanText } from "@/lib/validation/fields";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.email" }).max(200));
export const role = z.enum(["reader", "editor", "admin"]);
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
