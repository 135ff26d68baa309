"use server";

import { formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

const revalidate = ["/admin/tokens"];

export async function createApiTokenAction(_previous: FormState, form: FormData) {
  return runFormAction(createApiToken, formValues(form) as never, { revalidate });
}

export async function revokeApiTokenAction(_previous: FormState, form: FormData) {
  return runFormAction(revokeApiToken, formValues(form) as never, { revalidate });
}
