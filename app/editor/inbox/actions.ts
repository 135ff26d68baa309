"use server";

import { formAction } from "@/lib/http/form-action";
import { markMentionsRead } from "@/lib/notes/mark-mentions-read";

export const markMentionsReadAction = formAction(markMentionsRead, { revalidate: ["/editor"] });
