"use server";

import { formAction } from "@/lib/http/form-action";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

const revalidate = ["/admin/tokens"];

export const createApiTokenAction = formAction(createApiToken, { revalidate });
export const revokeApiTokenAction = formAction(revokeApiToken, { revalidate });
