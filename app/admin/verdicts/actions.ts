"use server";

import { formAction } from "@/lib/http/form-action";
import { saveVerdictLevel } from "@/lib/verdicts/save-verdict-level";

export const saveVerdictLevelAction = formAction(saveVerdictLevel, { revalidate: ["/admin/verdicts", "/"] });
