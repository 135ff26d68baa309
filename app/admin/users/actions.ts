"use server";

import { formAction } from "@/lib/http/form-action";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { endUserSessions } from "@/lib/users/end-user-sessions";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

const revalidate = ["/admin/users"];

export const createUserAction = formAction(createUser, { revalidate });
export const changeUserRoleAction = formAction(changeUserRole, { revalidate });
export const setUserDisabledAction = formAction(setUserDisabled, { revalidate });
export const endUserSessionsAction = formAction(endUserSessions, { revalidate });
