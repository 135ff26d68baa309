"use client";

import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/http/form-state";

/** The form-level message after a submit: what went wrong, or that it was saved. */
export function FormMessage({ state, success }: { state: FormState; success?: string }) {
  if (state.status === "error") {
    return (
      <p role="alert" className="rounded border border-deny/40 bg-deny-soft p-3 text-deny" data-testid="form-error">
        {state.message}
      </p>
    );
  }
  if (state.status === "ok" && success) {
    return (
      <p role="status" className="rounded border border-confirm/40 bg-confirm-soft p-3 text-confirm" data-testid="form-success">
        {success}
      </p>
    );
  }
  return null;
}

export function SubmitButton({ label, pendingLabel, className }: { label: string; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className={className ?? "rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent/90 disabled:opacity-60"}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
