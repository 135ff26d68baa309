"use server";

import { formValues, runFormAction, type FormState } from "@/lib/http/form-action";
import { saveVerdictLevel } from "@/lib/verdicts/save-verdict-level";

export async function saveVerdictLevelAction(_previous: FormState, form: FormData) {
  return runFormAction(saveVerdictLevel, formValues(form) as never, { revalidate: ["/admin/verdicts", "/"] });
}
