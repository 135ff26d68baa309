"use client";

import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import type { FormAction } from "@/lib/http/form-state";
import { useFormAction } from "./form-state";

/** The admin's switch for how the desk publishes (lib/settings/desk-settings.ts). */
export function DeskSettingsForm<Result>({
  action,
  settings,
  labels,
}: {
  action: FormAction<Result>;
  settings: { version: number; reviewBeforePublishing: boolean };
  labels: { review: string; reviewHint: string; save: string; saved: string };
}) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid="desk-settings-form">
      <FormMessage state={state} success={labels.saved} />
      <input type="hidden" name="version" value={settings.version} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="reviewBeforePublishing" className="mt-1" defaultChecked={settings.reviewBeforePublishing} />
        <span>
          <span className="font-semibold">{labels.review}</span>
          <span className="block text-sm text-muted">{labels.reviewHint}</span>
        </span>
      </label>
      <SubmitButton label={labels.save} />
    </form>
  );
}
