"use client";

import { useActionState, useState } from "react";
import { useSearchParams } from "next/navigation";
import { Field } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { clientTranslator, type ClientMessages } from "@/lib/i18n/client-messages";
import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import { idleForm, type FormAction, type FormState } from "@/lib/http/form-state";
import { snapshotToVerdictDraft, type VerdictDraft } from "./claim-draft";
import { emptyPublicNote, PublicNoteFields, type PublicNoteDraft } from "./public-note-fields";
import { RestoredDraftNotice } from "./restored-draft-notice";
import { useAutosavedDraft } from "./use-autosaved-draft";

type Evidence = VerdictDraft["evidence"][number];
type Props = {
  claimId: string;
  version: number;
  initial: VerdictDraft;
  levels: { id: string; label: string }[];
  action: FormAction<ClaimSnapshot>;
  messages: ClientMessages;
  /** Whether readers see the claim: a change to a verdict it has then takes a public note. */
  published: boolean;
};
const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny";

/** A 409's current copy of the claim (lib/claims/lock-claim.ts), with its verdict. */
function conflictCopy(state: FormState<ClaimSnapshot>) {
  return state.status === "error" && state.code === "error.conflict" ? state.current : undefined;
}

/**
 * The newsroom's verdict on a claim, its reasoning, and the evidence behind it.
 * Every save of the claim moves its version, so each version gets a fresh form;
 * the autosave carries what was typed across, as it does across a reload.
 */
export function VerdictForm(props: Props) {
  return <VerdictFields key={props.version} {...props} />;
}

function VerdictFields({ claimId, version: loadedVersion, initial, levels, action, messages, published }: Props) {
  const t = clientTranslator(messages);
  // The claim page is told what was just saved (claimPage in actions.ts): after a verdict, a draft typed before it is stale.
  const justSaved = useSearchParams().get("saved") === "verdict";
  const { value, setValue, restored, discard, base, version, rebase } = useAutosavedDraft(`verdict:${claimId}`, initial, {
    justSaved,
    version: loadedVersion,
  });
  // Their verdict, when the conflict's save changed it: what saving again replaces.
  const [replaces, setReplaces] = useState<VerdictDraft | null>(null);
  const [state, formAction] = useActionState(async (previous: FormState<ClaimSnapshot>, form: FormData) => {
    const next = await action(previous, form);
    const newer = conflictCopy(next);
    if (newer) {
      // Someone saved the claim meanwhile: what was typed stays, now on top of their version.
      const theirs = snapshotToVerdictDraft(newer);
      setReplaces(JSON.stringify(theirs) === JSON.stringify(base) ? null : theirs);
      rebase(theirs, newer.version);
    }
    return next;
  }, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : {};
  // A first verdict is the fact-check arriving; changing one readers already see is told (lib/claims/public-note.ts).
  const [publicNote, setPublicNote] = useState<PublicNoteDraft>(emptyPublicNote);
  const hadVerdict = Boolean(base.verdictId || base.verdictReasoning);
  const asksPublicNote = published && hadVerdict && (value.verdictId !== base.verdictId || value.verdictReasoning !== base.verdictReasoning);
  const patchEvidence = (index: number, change: Partial<Evidence>) =>
    setValue({ ...value, evidence: value.evidence.map((item, i) => (i === index ? { ...item, ...change } : item)) });

  return (
    <form action={formAction} className="space-y-4" data-testid="verdict-form">
      <input type="hidden" name="payload" value={JSON.stringify({ claimId, version, ...value, ...(asksPublicNote ? { correction: publicNote } : {}) })} />
      {restored && <RestoredDraftNotice t={t} onDiscard={discard} />}
      {conflictCopy(state) ? <VerdictConflictNotice replaces={replaces} levels={levels} t={t} /> : <FormMessage state={state} />}
      <Field label={t("editor.verdict.level")} name="verdictId" errors={errors.verdictId}>
        {(aria) => (
          <select {...aria} className={control} value={value.verdictId} onChange={(event) => setValue({ ...value, verdictId: event.target.value })}>
            <option value="">{t("editor.verdict.none")}</option>
            {levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("editor.verdict.reasoning")} name="verdictReasoning" errors={errors.verdictReasoning}>
        {(aria) => (
          <textarea {...aria} dir="auto" rows={4} className={control} value={value.verdictReasoning} onChange={(event) => setValue({ ...value, verdictReasoning: event.target.value })} />
        )}
      </Field>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("editor.verdict.evidence")}</legend>
        {value.evidence.map((item, index) => {
          const name = (field: string) => `evidence.${index}.${field}`;
          return (
            <div key={index} className="grid gap-3 rounded border border-stone-200 bg-stone-50 p-3 sm:grid-cols-2" data-testid="evidence-row">
              <Field label={t("editor.evidence.title")} name={name("title")} errors={errors[name("title")]}>
                {(aria) => <input {...aria} dir="auto" className={control} value={item.title} onChange={(event) => patchEvidence(index, { title: event.target.value })} />}
              </Field>
              <Field label={t("editor.evidence.url")} name={name("url")} errors={errors[name("url")]}>
                {(aria) => <input {...aria} type="url" dir="ltr" className={control} value={item.url} onChange={(event) => patchEvidence(index, { url: event.target.value })} />}
              </Field>
              <Field label={t("editor.evidence.archivedUrl")} name={name("archivedUrl")} errors={errors[name("archivedUrl")]}>
                {(aria) => <input {...aria} type="url" dir="ltr" className={control} value={item.archivedUrl} onChange={(event) => patchEvidence(index, { archivedUrl: event.target.value })} />}
              </Field>
              <Field label={t("editor.evidence.note")} name={name("note")} errors={errors[name("note")]}>
                {(aria) => <input {...aria} dir="auto" className={control} value={item.note} onChange={(event) => patchEvidence(index, { note: event.target.value })} />}
              </Field>
              <button type="button" className="justify-self-start text-sm text-deny" onClick={() => setValue({ ...value, evidence: value.evidence.filter((_, i) => i !== index) })}>
                {t("editor.evidence.remove")}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="rounded border border-accent px-3 py-1 text-accent"
          onClick={() => setValue({ ...value, evidence: [...value.evidence, { url: "", archivedUrl: "", title: "", note: "" }] })}
        >
          {t("editor.evidence.add")}
        </button>
      </fieldset>
      {asksPublicNote && <PublicNoteFields value={publicNote} onChange={setPublicNote} errors={errors} t={t} />}
      <SubmitButton label={t("editor.verdict.save")} />
    </form>
  );
}

/** After a conflict: what was typed is kept and can be saved over the newer version; shows their verdict if that changed. */
function VerdictConflictNotice({
  replaces,
  levels,
  t,
}: {
  replaces: VerdictDraft | null;
  levels: Props["levels"];
  t: ReturnType<typeof clientTranslator>;
}) {
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3" data-testid="verdict-conflict">
      <p>{t("editor.verdict.conflict")}</p>
      {replaces && (
        <>
          <p>{t("editor.verdict.conflictReplaces")}</p>
          <p data-testid="verdict-conflict-theirs">
            <bdi className="font-semibold">{levels.find((level) => level.id === replaces.verdictId)?.label ?? t("editor.verdict.none")}</bdi>
            {replaces.verdictReasoning && (
              <>
                : <bdi className="whitespace-pre-line">{replaces.verdictReasoning}</bdi>
              </>
            )}
          </p>
          {replaces.evidence.length > 0 && (
            <ul className="list-disc ps-5">
              {replaces.evidence.map((item, index) => (
                <li key={index}>
                  <bdi>{item.title}</bdi> <bdi dir="ltr">{item.url}</bdi>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
