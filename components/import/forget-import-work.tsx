"use client";

import { useEffect } from "react";
import { clearAutosavedDraft } from "@/components/editor/use-autosaved-draft";
import { IMPORT_DRAFT_KEY } from "./import-work";

/** Once the import is saved, the browser's copy of the review is stale: the next visit starts from a clean page. */
export function ForgetImportWork() {
  useEffect(() => clearAutosavedDraft(IMPORT_DRAFT_KEY), []);
  return null;
}
