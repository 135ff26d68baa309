"use client";

import { useActionState } from "react";
import { dateInputToIso, isoToDateInput } from "@/components/editor/claim-draft";
import { PrecisionOptions } from "@/components/editor/precision-options";
import { StoryPicker } from "@/components/editor/story-picker";
import { Field } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { idleForm, type FormAction } from "@/lib/http/form-state";
import type { DraftArticle, ImportDraft } from "@/lib/import/import-draft.types";
import type { SaveImportResult } from "@/lib/import/save-import";
import { oneOf, STORY_STATUSES } from "@/lib/vocabulary";
import { editArticle, keepRelated, relatedClaimKey, removeClaim } from "@/lib/import/review/review-import";
import { saveInput, type ImportWork } from "./import-work";
import { OtherErrors, ReviewSection, control, optional, section, type ReviewSectionProps, type Translate } from "./review-bits";
import { ReviewClaims } from "./review-claims";
import { ReviewLinks } from "./review-links";
import { ReviewSources } from "./review-sources";


/**
 * The review screen: every piece the parser extracted, editable, with the
 * sentence it came from; saved in one go. The draft travels as JSON in one
 * field, and each error the save returns is shown next to its field.
 */
export function ImportReview({
  work,
  onChange,
  onStartOver,
  save,
  t,
  kindLabels,
}: {
  work: ImportWork & { draft: ImportDraft };
  onChange: (work: ImportWork) => void;
  onStartOver: () => void;
  save: FormAction<SaveImportResult>;
  t: Translate;
  kindLabels: Record<string, string>;
}) {
  const [state, formAction] = useActionState(save, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const { draft } = work;
  const setDraft = (next: ImportDraft) => onChange({ ...work, draft: next });
  const parts = { draft, setDraft, errors, t };

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="payload" value={JSON.stringify(saveInput(work))} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-bold">{t("importer.review.title")}</h2>
        <button type="button" onClick={onStartOver} className="text-sm text-accent underline">
          {t("importer.review.startOver")}
        </button>
      </div>
      <p className="text-muted">{t("importer.review.hint")}</p>
      <FormMessage state={state} />
      <OtherErrors errors={errors} prefix="_form" shown={[]} />

      <ReviewArticle {...parts} />
      <ReviewSources {...parts} kindLabels={kindLabels} />
      <ReviewClaims {...parts} />
      <ReviewLinks {...parts} />

      <div className={section}>
        <Field label={t("editor.claim.tags")} name="draft.tags" errors={errors["draft.tags"]} hint={t("importer.tags.hint")}>
          {(aria) => <input {...aria} dir="auto" className={control} value={work.tagsText} onChange={(event) => onChange({ ...work, tagsText: event.target.value })} />}
        </Field>
      </div>

      {draft.related.length > 0 && <ReviewRelated {...parts} />}
      <ReviewStory work={work} onChange={onChange} errors={errors} t={t} />

      <SubmitButton label={t("importer.save")} pendingLabel={t("importer.saving")} />
    </form>
  );
}

function ReviewArticle({ draft, setDraft, errors, t }: ReviewSectionProps) {
  const { article } = draft;
  const edit = (patch: Partial<DraftArticle>) => setDraft(editArticle(draft, patch));
  const name = (field: string) => `draft.article.${field}`;
  return (
    <ReviewSection id="import-article" title={t("importer.article.title")}>
      <Field label={t("importer.article.headline")} name={name("headline")} errors={errors[name("headline")]}>
        {(aria) => <input {...aria} dir="auto" className={control} value={article.headline} onChange={(event) => edit({ headline: event.target.value })} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("importer.article.publishedAt")} name={name("publishedAt")} errors={errors[name("publishedAt")]}>
          {(aria) => (
            <input
              {...aria}
              type={article.precision === "exact" ? "datetime-local" : "date"}
              dir="ltr"
              className={control}
              value={isoToDateInput(article.publishedAt, article.precision)}
              onChange={(event) => edit({ publishedAt: dateInputToIso(event.target.value, article.precision) || null })}
            />
          )}
        </Field>
        <Field label={t("editor.claim.precision")} name={name("precision")} errors={errors[name("precision")]}>
          {(aria) => (
            <select {...aria} className={control} value={article.precision} onChange={(event) => edit({ precision: event.target.value as DraftArticle["precision"] })}>
              <PrecisionOptions t={t} only={["exact", "day"]} />
            </select>
          )}
        </Field>
        <Field label={t("importer.article.publisher")} name={name("publisherName")} errors={errors[name("publisherName")]}>
          {(aria) => <input {...aria} dir="auto" className={control} value={article.publisherName ?? ""} onChange={(event) => edit({ publisherName: event.target.value || null })} />}
        </Field>
      </div>
      <Field label={t("importer.article.url")} name={name("url")} errors={errors[name("url")]}>
        {(aria) => <input {...aria} type="url" dir="ltr" className={control} value={article.url ?? ""} onChange={(event) => edit({ url: optional(event.target.value) })} />}
      </Field>
      <OtherErrors errors={errors} prefix="draft.article" shown={["headline", "publishedAt", "precision", "publisherName", "url"]} />
    </ReviewSection>
  );
}

/** "إقرأ أيضاً" items: each can be kept as a follow-up claim (then edited with the claims) or left out. */
function ReviewRelated({ draft, setDraft, errors, t }: ReviewSectionProps) {
  return (
    <ReviewSection id="import-related" title={t("importer.related.title")} hint={t("importer.related.hint")}>
      <ul className="space-y-3">
        {draft.related.map((item, index) => {
          const kept = draft.claims.some((claim) => claim.key === relatedClaimKey(index));
          return (
            <li key={index} className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3" data-testid="import-related">
              <bdi className="block font-semibold">{item.headline}</bdi>
              {item.text && (
                <p className="text-sm">
                  <bdi>{item.text}</bdi>
                </p>
              )}
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={kept}
                  onChange={(event) => setDraft(event.target.checked ? keepRelated(draft, index) : removeClaim(draft, relatedClaimKey(index)))}
                />
                {t("importer.related.keep")}
              </label>
              <OtherErrors errors={errors} prefix={`draft.related.${index}`} shown={[]} />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}

function ReviewStory({
  work,
  onChange,
  errors,
  t,
}: {
  work: ImportWork & { draft: ImportDraft };
  onChange: (work: ImportWork) => void;
  errors: Record<string, string[]>;
  t: Translate;
}) {
  const { story } = work;
  const edit = (patch: Partial<ImportWork["story"]>) => onChange({ ...work, story: { ...story, ...patch } });
  return (
    <fieldset className={section}>
      <legend className="px-1 text-lg font-semibold">{t("importer.story.title")}</legend>
      <div className="flex flex-wrap gap-4">
        <label className="flex items-center gap-2">
          <input type="radio" name="story-kind" checked={story.kind === "new"} onChange={() => edit({ kind: "new" })} />
          {t("importer.story.new")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="story-kind" checked={story.kind === "existing"} onChange={() => edit({ kind: "existing" })} />
          {t("importer.story.existing")}
        </label>
      </div>
      {story.kind === "new" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("editor.stories.titleField")} name="story.title" errors={errors["story.title"]} hint={t("importer.story.titleHint")}>
            {(aria) => <input {...aria} dir="auto" className={control} value={story.title} placeholder={work.draft.article.headline} onChange={(event) => edit({ title: event.target.value })} />}
          </Field>
          <Field label={t("editor.stories.status")} name="story.status" errors={errors["story.status"]}>
            {(aria) => (
              <select {...aria} className={control} value={story.status} onChange={(event) => edit({ status: oneOf(STORY_STATUSES, event.target.value) ?? story.status })}>
                {STORY_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`editor.stories.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : (
        <Field label={t("importer.story.pick")} name="story.id" errors={errors["story.id"]}>
          {(aria) => (
            <StoryPicker
              id={aria.id}
              max={1}
              value={story.id ? [{ id: story.id, title: story.pickedTitle ?? story.id }] : []}
              onChange={([picked]) => edit({ id: picked?.id ?? "", pickedTitle: picked?.title })}
              t={t}
            />
          )}
        </Field>
      )}
      <OtherErrors errors={errors} prefix="story" shown={["title", "status", "id"]} />
    </fieldset>
  );
}
