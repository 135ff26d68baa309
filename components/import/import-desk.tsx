"use client";

import { useActionState } from "react";
import { RestoredDraftNotice } from "@/components/editor/restored-draft-notice";
import { useAutosavedDraft } from "@/components/editor/use-autosaved-draft";
import { Field } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { clientTranslator, type ClientMessages } from "@/lib/i18n/client-messages";
import { idleForm, type FormAction, type FormState } from "@/lib/http/form-state";
import type { ImportDraft } from "@/lib/import/import-draft.types";
import type { SaveImportResult } from "@/lib/import/save-import";
import { ImportReview } from "./import-review";
import { EMPTY_IMPORT_WORK, IMPORT_DRAFT_KEY, startReview, type ImportWork } from "./import-work";
import { control } from "./review-bits";

/**
 * The import page: paste an article, get a draft, review it, save it. The
 * text and the review live in the browser's storage as the editor works,
 * so a reload (or a crash) loses nothing until the import is saved.
 */
export function ImportDesk({
  parse,
  save,
  messages,
  kindLabels,
}: {
  parse: FormAction<ImportDraft>;
  save: FormAction<SaveImportResult>;
  messages: ClientMessages;
  kindLabels: Record<string, string>;
}) {
  const t = clientTranslator(messages);
  const { value: work, setValue: setWork, restored, discard } = useAutosavedDraft<ImportWork>(IMPORT_DRAFT_KEY, EMPTY_IMPORT_WORK);
  const [parseState, parseAction] = useActionState(async (previous: FormState<ImportDraft>, form: FormData) => {
    const state = await parse(previous, form);
    if (state.status === "ok") setWork((current) => startReview(current, state.result));
    return state;
  }, idleForm);

  return (
    <div className="space-y-6">
      {restored && <RestoredDraftNotice t={t} onDiscard={discard} />}
      {work.draft ? (
        <ImportReview
          work={{ ...work, draft: work.draft }}
          onChange={setWork}
          onStartOver={() => setWork({ ...work, draft: null })}
          save={save}
          t={t}
          kindLabels={kindLabels}
        />
      ) : (
        <form action={parseAction} className="space-y-4" noValidate>
          <p className="text-muted">{t("importer.intro")}</p>
          <FormMessage state={parseState} />
          <Field label={t("importer.paste.label")} name="text" errors={parseState.status === "error" ? parseState.fieldErrors.text : undefined} hint={t("importer.paste.hint")}>
            {(aria) => (
              <textarea {...aria} name="text" dir="auto" rows={16} className={control} value={work.text} onChange={(event) => setWork({ ...work, text: event.target.value })} />
            )}
          </Field>
          <SubmitButton label={t("importer.paste.submit")} pendingLabel={t("importer.paste.parsing")} />
        </form>
      )}
    </div>
  );
}
