import type { Translate } from "@/lib/i18n/messages";

/** One filter of a GET form: a labelled select whose first choice, "all", filters nothing. */
export function FilterSelect({
  name,
  label,
  value,
  options,
  t,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  t: Translate;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-muted">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="max-w-60 rounded border border-stone-300 bg-white px-2 py-1">
        <option value="">{t("reader.filter.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
