import type { Labels } from "@/components/admin/labels";

/** The strings the users page's client forms need (picked on the server). */
export const USER_FORM_LABELS = [
  "admin.users.email",
  "admin.users.name",
  "admin.users.nameHint",
  "admin.users.role",
  "admin.users.roleOf",
  "admin.users.password",
  "admin.users.passwordHint",
  "admin.users.create",
  "admin.users.creating",
  "admin.users.created",
  "admin.users.generatedPassword",
  "admin.users.changeRole",
  "admin.users.roleChanged",
  "admin.users.disable",
  "admin.users.enable",
  "admin.users.disabledNow",
  "admin.users.enabledNow",
  "admin.users.endSessions",
  "admin.users.sessionsEnded",
  "admin.role.reader",
  "admin.role.editor",
  "admin.role.admin",
] as const;
export type UserLabels = Labels<(typeof USER_FORM_LABELS)[number]>;
