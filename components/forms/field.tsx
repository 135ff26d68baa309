import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const controlClass =
  "w-full rounded border border-stone-300 bg-white px-3 py-2 aria-invalid:border-deny aria-invalid:ring-1 aria-invalid:ring-deny";

type FieldProps = { label: ReactNode; name: string; errors?: string[]; hint?: ReactNode; children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode };

const fieldId = (name: string) => `field-${name.replace(/[^\w-]/g, "-")}`;
const describedBy = (id: string, hint: ReactNode, errors: string[] | undefined) =>
  [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;

/** A field's hint and its errors, which its control names in aria-describedby. */
function FieldNotes({ id, name, hint, errors }: { id: string; name: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-deny" data-testid={`error-${name}`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

/** A labelled form control with its hint and its errors announced next to it. */
export function Field({ label, name, errors, hint, children }: FieldProps) {
  const id = fieldId(name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children({ id, ...(errors?.length ? { "aria-invalid": true } : {}), "aria-describedby": describedBy(id, hint, errors) })}
      <FieldNotes id={id} name={name} hint={hint} errors={errors} />
    </div>
  );
}

type Common = { label: ReactNode; name: string; errors?: string[]; hint?: ReactNode };

export function TextField({ label, name, errors, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(aria) => <input name={name} className={controlClass} {...aria} {...input} />}
    </Field>
  );
}

export function TextAreaField({ label, name, errors, hint, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(aria) => <textarea name={name} dir="auto" rows={4} className={controlClass} {...aria} {...input} />}
    </Field>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(aria) => (
        <select name={name} className={controlClass} {...aria} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Several choices under one name (a fieldset of checkboxes): none, one or many are sent. */
export function CheckboxGroupField({
  label,
  name,
  errors,
  hint,
  options,
  defaultValues,
}: Common & { options: { value: string; label: string }[]; defaultValues: string[] }) {
  const id = fieldId(name);
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy(id, hint, errors)} {...(errors?.length ? { "aria-invalid": true } : {})}>
      <legend className="font-semibold">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2">
          <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValues.includes(option.value)} />
          {option.label}
        </label>
      ))}
      <FieldNotes id={id} name={name} hint={hint} errors={errors} />
    </fieldset>
  );
}
