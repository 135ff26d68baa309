"use client";

import { useFormAction } from "@/components/admin/form-state";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import type { FormAction } from "@/lib/http/form-state";

/** "Merge into this one": the duplicate's claims, appearances and names move to `keptSourceId`. */
export function MergeIntoForm<Result>({
  action: merge,
  keptSourceId,
  duplicateSourceId,
  label,
}: {
  action: FormAction<Result>;
  keptSourceId: string;
  duplicateSourceId: string;
  label: string;
}) {
  const [state, action] = useFormAction(merge);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="keptSourceId" value={keptSourceId} />
      <input type="hidden" name="duplicateSourceId" value={duplicateSourceId} />
      <SubmitButton label={label} className="rounded border border-accent px-3 py-1 text-sm font-semibold text-accent disabled:opacity-60" />
      <FormMessage state={state} />
    </form>
  );
}

/** Takes a merge back: the duplicate returns with exactly what the merge moved. */
export function UndoMergeForm<Result>({ action: undo, duplicateSourceId, label }: { action: FormAction<Result>; duplicateSourceId: string; label: string }) {
  const [state, action] = useFormAction(undo);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="duplicateSourceId" value={duplicateSourceId} />
      <SubmitButton label={label} className="rounded border border-deny px-3 py-1 text-sm font-semibold text-deny disabled:opacity-60" />
      <FormMessage state={state} />
    </form>
  );
}
