import type { Translate } from "@/lib/i18n/messages";
import { DescribedValue } from "./described-value";

type FieldChange = { field: string; label: string; before: string; after: string };

/**
 * Field-by-field changes between two versions of a claim, before beside
 * after: a revision in the history, or what a restore would change.
 */
export function SnapshotChanges({ changes, t, caption }: { changes: FieldChange[]; t: Translate; caption?: string }) {
  if (changes.length === 0) return <p className="text-sm text-muted">{t("editor.history.noChanges")}</p>;
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{caption ?? t("editor.history.changes")}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-32 p-1 text-start"></th>
          <th scope="col" className="p-1 text-start">{t("editor.history.before")}</th>
          <th scope="col" className="p-1 text-start">{t("editor.history.after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} className="border-t border-stone-100 align-top" data-field={change.field}>
            <th scope="row" className="p-1 text-start text-xs">
              {change.label}
            </th>
            {/* Lists (appearances, evidence, links) come one item a line; addresses wrap anywhere. */}
            <td className="whitespace-pre-line bg-deny-soft/60 p-1 [overflow-wrap:anywhere]">
              <DescribedValue value={change.before} />
            </td>
            <td className="whitespace-pre-line bg-confirm-soft/60 p-1 [overflow-wrap:anywhere]">
              <DescribedValue value={change.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
