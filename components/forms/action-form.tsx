"use client";

import { useActionState, type ReactNode } from "react";
import { idleForm, type FormAction } from "@/lib/http/form-state";
import { FormMessage } from "./form-status";

/** A small form bound to a server action, showing the action's error above its fields. */
export function ActionForm<Result>({
  action,
  children,
  className,
  testId,
}: {
  action: FormAction<Result>;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className={className} data-testid={testId}>
      <FormMessage state={state} />
      {children}
    </form>
  );
}
