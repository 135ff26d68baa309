import type { clientTranslator } from "@/lib/i18n/client-messages";
import { TIME_PRECISIONS, type TimePrecision } from "@/lib/vocabulary";

/** The options of a "how precise is this date" select, finest first; `only` narrows them (an article's date is a day or a moment). */
export function PrecisionOptions({ t, only = TIME_PRECISIONS }: { t: ReturnType<typeof clientTranslator>; only?: readonly TimePrecision[] }) {
  return TIME_PRECISIONS.filter((precision) => only.includes(precision)).map((precision) => (
    <option key={precision} value={precision}>
      {t(`editor.precision.${precision}`)}
    </option>
  ));
}
