import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/form-status";
import { UserText } from "@/components/claims/user-text";
import type { FormAction } from "@/lib/http/form-state";
import { formatClaimTime } from "@/lib/i18n/format-date";
import type { Translate } from "@/lib/i18n/messages";
import type { Preferences } from "@/lib/i18n/preferences";
import type { ClaimNoteEntry } from "@/lib/notes/list-claim-notes";

/** A claim's internal thread: the desk's notes, a review's request and decisions among them, and a note to add. */
export function ClaimNotes<Result>({
  claimId,
  notes,
  add,
  mentionExample,
  t,
  prefs,
}: {
  claimId: string;
  notes: ClaimNoteEntry[];
  add: FormAction<Result> | null;
  /** How the editor reading would mention a colleague (@ and the start of an email). */
  mentionExample: string;
  t: Translate;
  prefs: Preferences;
}) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("notes.hint", { example: mentionExample })}</p>
      {notes.length === 0 ? (
        <p className="text-muted">{t("notes.none")}</p>
      ) : (
        <ol className="space-y-3" data-testid="claim-notes">
          {notes.map((note) => (
            <li key={note.id} className="rounded border border-stone-200 bg-white p-3">
              <p className="text-sm text-muted">
                <UserText className="font-semibold text-ink">{note.author.name}</UserText>
                {note.reviewStep && <> · {t(`notes.step.${note.reviewStep}`)}</>} · {formatClaimTime(note.createdAt, "exact", prefs)}
              </p>
              <UserText as="p" className="whitespace-pre-line [overflow-wrap:anywhere]">
                {note.body}
              </UserText>
              {note.mentions.length > 0 && (
                <p className="text-sm text-muted">{t("notes.mentions", { names: note.mentions.map((mention) => mention.user.name).join("، ") })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {add && (
        <ActionForm action={add} className="space-y-3" testId="note-form">
          <input type="hidden" name="claimId" value={claimId} />
          <TextAreaField label={t("notes.body")} name="body" rows={3} />
          <SubmitButton label={t("notes.add")} />
        </ActionForm>
      )}
    </div>
  );
}
