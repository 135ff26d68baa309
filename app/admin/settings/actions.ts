"use server";

import { formAction } from "@/lib/http/form-action";
import { updateDeskSettings } from "@/lib/settings/desk-settings";

export const updateDeskSettingsAction = formAction(updateDeskSettings, { revalidate: ["/admin/settings", "/editor"] });
