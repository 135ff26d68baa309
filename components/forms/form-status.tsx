"use client";

import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/http/form-state";

/**
 * The form-level message after a submit: what went wrong, or that it was saved.
 * A new error takes the editor to what needs fixing: the form's first field
 * marked invalid (its label and error are read with it), else the message
 * itself. The button they pressed may sit far below both on a phone.
 */
export function FormMessage({ state, success }: { state: FormState; success?: string }) {
  const alertRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const alert = alertRef.current;
    if (state.status !== "error" || !alert) return;
    const field = alert.closest("form")?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus({ preventScroll: true });
    // A field that takes no focus (hidden, disabled) leaves it to the message.
    const focused = field && document.activeElement === field ? field : alert;
    if (focused === alert) alert.focus({ preventScroll: true });
    bringIntoView(focused);
  }, [state]);

  if (state.status === "error") {
    return (
      <p ref={alertRef} role="alert" tabIndex={-1} className="rounded border border-deny/40 bg-deny-soft p-3 text-deny" data-testid="form-error">
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

/**
 * What a save that redirected here did, shown where it was done (the section
 * of the page, not its top): brought into view and focused when it appears,
 * so the editor, and a screen reader, continue from there.
 */
export function SavedNotice({ message }: { message: string }) {
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const notice = noticeRef.current;
    if (!notice) return;
    notice.focus({ preventScroll: true });
    bringIntoView(notice);
  }, [message]);

  return (
    <p ref={noticeRef} role="status" tabIndex={-1} className="rounded border border-confirm/40 bg-confirm-soft p-3 text-confirm" data-testid="saved-notice">
      {message}
    </p>
  );
}

/** Scrolls an element to the middle of the screen unless it is already wholly on it (what is above it stays in sight). */
function bringIntoView(element: HTMLElement) {
  const { top, bottom } = element.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) element.scrollIntoView({ block: "center" });
}

/** A form's submit button, disabled while its save runs (`pending` for a form that submits through a transition of its own). */
export function SubmitButton({ label, pendingLabel, className, pending: submitting }: { label: string; pendingLabel?: string; className?: string; pending?: boolean }) {
  const status = useFormStatus();
  const pending = submitting ?? status.pending;
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
