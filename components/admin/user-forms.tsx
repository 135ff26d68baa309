"use client";

import { TextField, SelectField } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { errorsFor, submittedValue, useFormAction } from "@/components/admin/form-state";
import { fill } from "@/components/admin/labels";
import type { FormAction } from "@/lib/http/form-state";
import type { ResultOf } from "@/lib/use-case";
import type { createUser } from "@/lib/users/create-user";
import type { UserLabels } from "./user-labels";
import { ROLES } from "@/lib/vocabulary";

const roleOptions = (labels: UserLabels) => ROLES.map((role) => ({ value: role, label: labels[`admin.role.${role}`] }));

/** A new account. Left empty, the password is generated and shown here once, for the admin to pass on. */
export function CreateUserForm({ action: create, labels }: { action: FormAction<ResultOf<typeof createUser>>; labels: UserLabels }) {
  const [state, action] = useFormAction(create);
  const generated = state.status === "ok" ? state.result.generatedPassword : undefined;
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <TextField label={labels["admin.users.email"]} name="email" type="email" dir="ltr" autoComplete="off" required defaultValue={submittedValue(state, "email")} errors={errorsFor(state, "email")} />
      <TextField label={labels["admin.users.name"]} name="name" dir="auto" hint={labels["admin.users.nameHint"]} defaultValue={submittedValue(state, "name")} errors={errorsFor(state, "name")} />
      <SelectField label={labels["admin.users.role"]} name="role" options={roleOptions(labels)} defaultValue={submittedValue(state, "role") ?? "editor"} errors={errorsFor(state, "role")} />
      <TextField
        label={labels["admin.users.password"]}
        name="password"
        type="text"
        dir="ltr"
        autoComplete="new-password"
        hint={labels["admin.users.passwordHint"]}
        defaultValue={submittedValue(state, "password")}
        errors={errorsFor(state, "password")}
      />
      <FormMessage state={state} success={state.status === "ok" ? fill(labels["admin.users.created"], { email: state.result.user.email }) : undefined} />
      {generated && (
        <p className="rounded border border-accent/40 bg-accent-soft p-3" data-testid="generated-password">
          {labels["admin.users.generatedPassword"]}{" "}
          <code dir="ltr" className="select-all rounded bg-white px-2 py-0.5 font-mono">
            {generated}
          </code>
        </p>
      )}
      <SubmitButton label={labels["admin.users.create"]} pendingLabel={labels["admin.users.creating"]} />
    </form>
  );
}

/** Changes one user's role from the list; refused (with the reason) for the last active admin. */
export function RoleForm<Result>({ action: change, user, labels }: { action: FormAction<Result>; user: { id: string; email: string; role: string }; labels: UserLabels }) {
  const [state, action] = useFormAction(change);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`role-${user.id}`} className="sr-only">
          {fill(labels["admin.users.roleOf"], { email: user.email })}
        </label>
        <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded border border-stone-300 bg-white px-2 py-1">
          {roleOptions(labels).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <SubmitButton label={labels["admin.users.changeRole"]} className="rounded border border-accent px-2 py-1 text-sm text-accent disabled:opacity-60" />
      </div>
      <FormMessage state={state} success={labels["admin.users.roleChanged"]} />
    </form>
  );
}

/** Disables an account (signed out from its next request, its tokens stop) or enables it again. */
export function AccessForm<Result>({ action: setAccess, user, labels }: { action: FormAction<Result>; user: { id: string; email: string; disabled: boolean }; labels: UserLabels }) {
  const [state, action] = useFormAction(setAccess);
  const label = user.disabled ? labels["admin.users.enable"] : labels["admin.users.disable"];
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="disabled" value={String(!user.disabled)} />
      <button
        type="submit"
        aria-label={`${label}: ${user.email}`}
        className={`rounded border px-2 py-1 text-sm ${user.disabled ? "border-accent text-accent" : "border-deny text-deny"}`}
      >
        {label}
      </button>
      <FormMessage state={state} success={user.disabled ? labels["admin.users.disabledNow"] : labels["admin.users.enabledNow"]} />
    </form>
  );
}

/** Signs an account out on every device (a copied cookie included) without disabling it. */
export function EndSessionsForm<Result>({ action: end, user, labels }: { action: FormAction<Result>; user: { id: string; email: string }; labels: UserLabels }) {
  const [state, action] = useFormAction(end);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={user.id} />
      <button type="submit" aria-label={`${labels["admin.users.endSessions"]}: ${user.email}`} className="rounded border border-stone-400 px-2 py-1 text-sm">
        {labels["admin.users.endSessions"]}
      </button>
      <FormMessage state={state} success={labels["admin.users.sessionsEnded"]} />
    </form>
  );
}
