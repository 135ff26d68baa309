"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { clientTranslator, type ClientMessages } from "@/lib/i18n/client-messages";
import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import { idleForm, type FormAction } from "@/lib/http/form-state";
import { oneOf, type ClaimStatus, type SourceKind } from "@/lib/vocabulary";
import { AppearanceRows } from "./appearance-rows";
import { changeDatePrecision, draftToInput, snapshotToDraft, type ClaimDraft } from "./claim-draft";
import { ConflictMerge } from "./conflict-merge";
import { PrecisionOptions } from "./precision-options";
import { emptyPublicNote, PublicNoteFields, type PublicNoteDraft } from "./public-note-fields";
import { RestoredDraftNotice } from "./restored-draft-notice";
import { SimilarClaims, type LinkInstead } from "./similar-claims";
import { SourcePicker, type ProposeSource } from "./source-picker";
import { StoryPicker } from "./story-picker";
import { clearAutosavedDraft, useAutosavedDraft } from "./use-autosaved-draft";


const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny";
const DATE_INPUT = { exact: "datetime-local", day: "date", month: "month", year: "number" } as const;

/**
 * The one claim form: new claims, edits, and answers (denial / confirmation).
 * It sends the use-case's input as JSON, shows each error next to its field,
 * autosaves to the browser, and on an edit conflict offers a field-by-field merge.
 */
export function ClaimForm({
  mode,
  action,
  draftKey,
  clearDraftKey,
  initial,
  fixed,
  users,
  statuses,
  messages,
  kindLabels,
  languageLabels,
  proposeSource,
  linkInstead,
}: {
  mode: "create" | "update" | "answer";
  action: FormAction<ClaimSnapshot>;
  draftKey: string;
  /** A draft the server has just saved (after a redirect), to forget. */
  clearDraftKey?: string;
  initial: ClaimDraft;
  /** Inputs that are not edited here: the claim's id and version, or the claim answered. */
  fixed: Record<string, string | number>;
  users: { id: string; name: string }[];
  /** What the claim may be saved as: its status now and the workflow's next steps, or a new claim's starts. */
  statuses: ClaimStatus[];
  messages: ClientMessages;
  kindLabels: Record<SourceKind, string>;
  /** Language codes a claim is said in, with their names in the interface's language. */
  languageLabels: Record<string, string>;
  proposeSource: ProposeSource;
  /** On an answer's form: link an existing claim as the answer instead of creating one. */
  linkInstead?: LinkInstead;
}) {
  const t = clientTranslator(messages);
  const [state, formAction, pending] = useActionState(action, idleForm);
  // A restored draft comes back with the version it was typed on, so a stale one gets the conflict.
  const { value: draft, setValue: setDraft, restored, discard, base, version, rebase } = useAutosavedDraft(draftKey, initial, {
    justSaved: clearDraftKey === draftKey,
    version: fixed.version,
  });
  const formRef = useRef<HTMLFormElement>(null);
  // A merge is applied to the form first and submitted once React has rendered it.
  const [submitAfterMerge, setSubmitAfterMerge] = useState(false);
  const errors = state.status === "error" ? state.fieldErrors : {};
  // A published claim whose words change tells readers so (lib/claims/public-note.ts).
  const [publicNote, setPublicNote] = useState<PublicNoteDraft>(emptyPublicNote);
  const asksPublicNote = mode === "update" && base.status === "published" && draft.status === "published" && draft.text !== base.text;
  const update = (patch: Partial<ClaimDraft>) => setDraft((current) => ({ ...current, ...patch }));

  useEffect(() => {
    if (clearDraftKey && clearDraftKey !== draftKey) clearAutosavedDraft(clearDraftKey);
  }, [clearDraftKey, draftKey]);

  useEffect(() => {
    if (!submitAfterMerge) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSubmitAfterMerge(false);
    formRef.current?.requestSubmit();
  }, [submitAfterMerge]);

  // Someone saved first: their copy, as this form edits it, to merge with.
  const newer = state.status === "error" && state.code === "error.conflict" ? state.current : undefined;
  const conflict = newer && { version: newer.version, theirs: snapshotToDraft(newer) };

  // A claim in a language the list does not name (API, import) keeps it as a choice.
  const languageChoices = draft.language in languageLabels ? languageLabels : { ...languageLabels, [draft.language]: draft.language };
  return (
    <form ref={formRef} action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-5" noValidate>
      <input type="hidden" name="draftKey" value={draftKey} />
      <input type="hidden" name="payload" value={JSON.stringify({ ...draftToInput(draft), ...fixed, ...(version ? { version } : {}), ...(asksPublicNote ? { correction: publicNote } : {}) })} />
      {restored && <RestoredDraftNotice t={t} onDiscard={discard} />}
      <FormMessage state={state} />
      {conflict && (
        <ConflictMerge
          key={conflict.version}
          base={base}
          mine={draft}
          theirs={conflict.theirs}
          users={users}
          t={t}
          onMerge={(merged) => {
            setDraft(merged);
            rebase(conflict.theirs, conflict.version);
            setSubmitAfterMerge(true);
          }}
        />
      )}

      <Field label={t("editor.claim.claimant")} name="claimantId" errors={errors.claimantId} hint={t("editor.claim.claimantHint")}>
        {(aria) => (
          <SourcePicker
            id={aria.id}
            label={t("editor.claim.claimant")}
            value={draft.claimant}
            onChange={(claimant) => update({ claimant })}
            t={t}
            kindLabels={kindLabels}
            proposeSource={proposeSource}
            invalid={Boolean(aria["aria-invalid"])}
            describedBy={aria["aria-describedby"]}
          />
        )}
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("editor.claim.saidAt")} name="saidAt" errors={errors.saidAt}>
          {(aria) => (
            <input
              {...aria}
              type={DATE_INPUT[draft.saidAtPrecision]}
              dir="ltr"
              className={control}
              value={draft.saidAt}
              min={draft.saidAtPrecision === "year" ? 1900 : undefined}
              max={draft.saidAtPrecision === "year" ? 2100 : undefined}
              onChange={(event) => update({ saidAt: event.target.value })}
            />
          )}
        </Field>
        <Field label={t("editor.claim.precision")} name="saidAtPrecision" errors={errors.saidAtPrecision}>
          {(aria) => (
            <select
              {...aria}
              className={control}
              value={draft.saidAtPrecision}
              onChange={(event) => {
                const precision = event.target.value as ClaimDraft["saidAtPrecision"];
                update({ saidAtPrecision: precision, saidAt: changeDatePrecision(draft.saidAt, draft.saidAtPrecision, precision) });
              }}
            >
              <PrecisionOptions t={t} />
            </select>
          )}
        </Field>
      </div>

      <Field label={t("editor.claim.text")} name="text" errors={errors.text}>
        {(aria) => <textarea {...aria} dir="auto" rows={4} className={control} value={draft.text} onChange={(event) => update({ text: event.target.value })} />}
      </Field>
      {mode !== "update" && <SimilarClaims text={draft.text} t={t} linkInstead={linkInstead} />}

      <Field label={t("editor.claim.summary")} name="summary" errors={errors.summary}>
        {(aria) => <textarea {...aria} dir="auto" rows={2} className={control} value={draft.summary} onChange={(event) => update({ summary: event.target.value })} />}
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("editor.claim.tags")} name="tags" errors={errors.tags} hint={t("editor.claim.tagsHint")}>
          {(aria) => <input {...aria} dir="auto" className={control} value={draft.tags} onChange={(event) => update({ tags: event.target.value })} />}
        </Field>
        <Field label={t("editor.claim.language")} name="language" errors={errors.language}>
          {(aria) => (
            <select {...aria} className={control} value={draft.language} onChange={(event) => update({ language: event.target.value })}>
              {Object.entries(languageChoices).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <Field label={t("editor.claim.stories")} name="storyIds" errors={errors.storyIds} hint={t("editor.story.hint")}>
        {(aria) => <StoryPicker id={aria.id} value={draft.stories ?? []} onChange={(stories) => update({ stories })} t={t} />}
      </Field>

      <AppearanceRows
        appearances={draft.appearances}
        onChange={(appearances) => update({ appearances })}
        errors={errors}
        t={t}
        kindLabels={kindLabels}
        proposeSource={proposeSource}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("editor.claim.status")} name="status" errors={errors.status}>
          {(aria) => (
            <select {...aria} className={control} value={draft.status} onChange={(event) => update({ status: oneOf(statuses, event.target.value) ?? draft.status })}>
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {t(`editor.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("editor.claim.assignee")} name="assigneeId" errors={errors.assigneeId}>
          {(aria) => (
            <select {...aria} className={control} value={draft.assigneeId} onChange={(event) => update({ assigneeId: event.target.value })}>
              <option value="">{t("editor.claim.nobody")}</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      {asksPublicNote && <PublicNoteFields value={publicNote} onChange={setPublicNote} errors={errors} t={t} />}

      <SubmitButton label={mode === "answer" ? t("editor.answer.save") : t("editor.claim.save")} pendingLabel={t("editor.claim.saving")} pending={pending} />
    </form>
  );
}

/**
 * Submits the form's data to its action in a transition of our own. A form
 * bound to an action is reset by React once the action returns, and a reset
 * puts every select back on its first option while the draft keeps its
 * value: after a refused save each "carried from" showed "original source"
 * while the chain sent stayed the real one. Cancelling the submit event keeps
 * React's own submit (and its reset) out; without JavaScript the form posts
 * to the action as before.
 */
function submitWithoutReset(formAction: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => formAction(form));
  };
}
