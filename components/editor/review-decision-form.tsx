"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/components/forms/form-status";
import { TextAreaField } from "@/components/forms/field";
import { idleForm, type FormAction, type FormState } from "@/lib/http/form-state";

/**
 * A reviewer's decision: one note, two buttons. Approving publishes the claim
 * (the note is optional); sending it back needs the note. Each button posts
 * the form to its own action, and the form shows whichever answered last.
 */
export function ReviewDecisionForm<Result>({
  approve,
  sendBack,
  review,
  labels,
}: {
  approve: FormAction<Result>;
  sendBack: FormAction<Result>;
  review: { id: string; version: number };
  labels: { note: string; hint: string; approve: string; sendBack: string };
}) {
  const [approved, approveAction] = useActionState<FormState<Result>, FormData>(approve, idleForm);
  const [returned, returnAction] = useActionState<FormState<Result>, FormData>(sendBack, idleForm);
  // The one that failed is the one to show (a success redirects to the claim's page).
  const state = returned.status === "error" ? returned : approved;
  const noteErrors = state.status === "error" ? state.fieldErrors.note : undefined;
  return (
    <form className="space-y-3" data-testid="review-decision">
      <FormMessage state={state} />
      <input type="hidden" name="reviewId" value={review.id} />
      <input type="hidden" name="version" value={review.version} />
      <TextAreaField label={labels.note} hint={labels.hint} name="note" rows={3} errors={noteErrors} />
      <div className="flex flex-wrap gap-3">
        <DecisionButton action={approveAction} label={labels.approve} className="rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent/90 disabled:opacity-60" />
        <DecisionButton action={returnAction} label={labels.sendBack} className="rounded border border-deny px-4 py-2 text-deny disabled:opacity-60" />
      </div>
    </form>
  );
}

function DecisionButton({ action, label, className }: { action: (form: FormData) => void; label: string; className: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" formAction={action} disabled={pending} className={className}>
      {label}
    </button>
  );
}
