import type { clientTranslator } from "@/lib/i18n/client-messages";
import type { TimePrecisionValue } from "@/lib/validation/fields";

const PRECISIONS = ["exact", "day", "month", "year"] as const satisfies TimePrecisionValue[];

/** The options of a "how precise is this date" select, finest first; `only` narrows them (an article's date is a day or a moment). */
export function PrecisionOptions({ t, only = PRECISIONS }: { t: ReturnType<typeof clientTranslator>; only?: readonly TimePrecisionValue[] }) {
  return PRECISIONS.filter((precision) => only.includes(precision)).map((precision) => (
    <option key={precision} value={precision}>
      {t(`editor.precision.${precision}`)}
    </option>
  ));
}
