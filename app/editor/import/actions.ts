"use server";

import { formAction } from "@/lib/http/form-action";
import { parseImport } from "@/lib/import/parse-import";
import { saveImport } from "@/lib/import/save-import";

/** Pasted text → a draft to review; writes nothing. */
export const parseImportAction = formAction(parseImport);

/** The reviewed draft, saved in one transaction; then the import's page lists what was created. */
export const saveImportAction = formAction(saveImport, {
  input: "payload",
  revalidate: ["/editor", "/editor/stories", "/"],
  redirectTo: (saved) => `/editor/import/${saved.id}`,
});
