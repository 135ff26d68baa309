"use server";

import { formAction } from "@/lib/http/form-action";
import { dismissTipGroup } from "@/lib/tips/dismiss-tip-group";

export const dismissTipGroupAction = formAction(dismissTipGroup, { revalidate: ["/editor"], redirectTo: () => "/editor/tips" });
