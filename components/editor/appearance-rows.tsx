"use client";

import { Field } from "@/components/forms/field";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import { chainText, type AppearanceDraft } from "./claim-draft";
import type { ProposeSource } from "./source-picker";
import { SourcePicker } from "./source-picker";

const control = "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny";

/**
 * The attribution chain as rows, origin first: each row names who carried the
 * claim and which earlier row it took it from. A new row defaults to being
 * carried from the row before it, so a chain is entered top to bottom.
 */
export function AppearanceRows({
  appearances,
  onChange,
  errors,
  t,
  kindLabels,
  proposeSource,
}: {
  appearances: AppearanceDraft[];
  onChange: (appearances: AppearanceDraft[]) => void;
  errors: Record<string, string[]>;
  t: ReturnType<typeof clientTranslator>;
  kindLabels: Record<string, string>;
  proposeSource: ProposeSource;
}) {
  const patch = (index: number, change: Partial<AppearanceDraft>) =>
    onChange(appearances.map((appearance, i) => (i === index ? { ...appearance, ...change } : appearance)));
  const add = () => {
    const key = `a${Date.now().toString(36)}${appearances.length}`;
    const viaKey = appearances.at(-1)?.key ?? "";
    onChange([...appearances, { key, source: null, viaKey, url: "", title: "", quote: "", publishedAt: "" }]);
  };
  const remove = (index: number) => {
    const removed = appearances[index]!;
    onChange(
      appearances
        .filter((_, i) => i !== index)
        .map((appearance) => (appearance.viaKey === removed.key ? { ...appearance, viaKey: removed.viaKey } : appearance)),
    );
  };
  const label = (appearance: AppearanceDraft, index: number) => appearance.source?.name ?? t("editor.appearance.hop", { n: index + 1 });

  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-4">
      <legend className="px-1 font-semibold">{t("editor.claim.appearances")}</legend>
      <p className="text-sm text-muted">{t("editor.claim.appearancesHint")}</p>
      {appearances.length > 0 && (
        <p className="rounded bg-accent-soft p-2 font-semibold" data-testid="chain-preview">
          <bdi>{chainText(appearances)}</bdi>
        </p>
      )}
      {errors.appearances && <p className="text-sm text-deny">{errors.appearances.join(" ")}</p>}
      <ol className="space-y-4">
        {appearances.map((appearance, index) => {
          const name = (field: string) => `appearances.${index}.${field}`;
          return (
            <li key={appearance.key} className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="appearance-row">
              <div className="grid gap-3 sm:grid-cols-2">
                <Field label={t("editor.appearance.source")} name={name("sourceId")} errors={errors[name("sourceId")]}>
                  {(aria) => (
                    <SourcePicker
                      id={aria.id}
                      label={`${t("editor.appearance.source")} ${index + 1}`}
                      value={appearance.source}
                      onChange={(source) => patch(index, { source })}
                      t={t}
                      kindLabels={kindLabels}
                      proposeSource={proposeSource}
                      invalid={Boolean(aria["aria-invalid"])}
                      describedBy={aria["aria-describedby"]}
                    />
                  )}
                </Field>
                <Field label={t("editor.appearance.via")} name={name("viaKey")} errors={errors[name("viaKey")]}>
                  {(aria) => (
                    <select {...aria} className={control} value={appearance.viaKey} onChange={(event) => patch(index, { viaKey: event.target.value })}>
                      <option value="">{t("editor.appearance.viaNone")}</option>
                      {appearances
                        .filter((other) => other.key !== appearance.key)
                        .map((other) => (
                          <option key={other.key} value={other.key}>
                            {label(other, appearances.indexOf(other))}
                          </option>
                        ))}
                    </select>
                  )}
                </Field>
                <Field label={t("editor.appearance.url")} name={name("url")} errors={errors[name("url")]}>
                  {(aria) => <input {...aria} type="url" dir="ltr" className={control} value={appearance.url} onChange={(event) => patch(index, { url: event.target.value })} />}
                </Field>
                <Field label={t("editor.appearance.date")} name={name("publishedAt")} errors={errors[name("publishedAt")]}>
                  {(aria) => <input {...aria} type="date" dir="ltr" className={control} value={appearance.publishedAt} onChange={(event) => patch(index, { publishedAt: event.target.value })} />}
                </Field>
                <Field label={t("editor.appearance.title")} name={name("title")} errors={errors[name("title")]}>
                  {(aria) => <input {...aria} dir="auto" className={control} value={appearance.title} onChange={(event) => patch(index, { title: event.target.value })} />}
                </Field>
                <Field label={t("editor.appearance.quote")} name={name("quote")} errors={errors[name("quote")]}>
                  {(aria) => <input {...aria} dir="auto" className={control} value={appearance.quote} onChange={(event) => patch(index, { quote: event.target.value })} />}
                </Field>
              </div>
              <button type="button" onClick={() => remove(index)} className="text-sm text-deny">
                {t("editor.appearance.remove")}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add} className="rounded border border-accent px-3 py-1 text-accent">
        {t("editor.appearance.add")}
      </button>
    </fieldset>
  );
}
