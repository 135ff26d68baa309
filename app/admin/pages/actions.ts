"use server";

import { formAction } from "@/lib/http/form-action";
import { saveSitePage } from "@/lib/pages/site-pages";

export const saveSitePageAction = formAction(saveSitePage, { revalidate: ["/admin/pages", "/methodology", "/corrections-policy"] });
