"use server";

import { formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

const revalidate = ["/admin/users"];

export async function createUserAction(_previous: FormState, form: FormData) {
  return runFormAction(createUser, formValues(form) as never, { revalidate });
}

export async function changeUserRoleAction(_previous: FormState, form: FormData) {
  return runFormAction(changeUserRole, formValues(form) as never, { revalidate });
}

export async function setUserDisabledAction(_previous: FormState, form: FormData) {
  return runFormAction(setUserDisabled, formValues(form) as never, { revalidate });
}
