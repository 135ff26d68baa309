"use server";

import { formAction } from "@/lib/http/form-action";
import { createSource } from "@/lib/sources/create-source";

/** An editor's proposed source: usable at once, marked "proposed" until an admin reviews it. */
export const proposeSourceFormAction = formAction(createSource, { revalidate: ["/admin/sources"] });
