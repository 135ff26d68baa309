"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

type Labels = Record<"email" | "password" | "submit" | "submitting" | "invalid" | "throttled" | "failed", string>;

/** Sends the credentials to next-auth and says, in the reader's language, why it failed. */
export function SignInForm({ callbackUrl, labels }: { callbackUrl: string; labels: Labels }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
      callbackUrl,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    const throttled = result?.error?.match(/^throttled:(\d+)$/);
    setError(throttled ? labels.throttled.replace("{minutes}", throttled[1]!) : result?.error === "invalid" ? labels.invalid : labels.failed);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block">
        <span className="mb-1 block font-semibold">{labels.email}</span>
        <input name="email" type="email" dir="ltr" autoComplete="username" required className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
      </label>
      <label className="block">
        <span className="mb-1 block font-semibold">{labels.password}</span>
        <input name="password" type="password" dir="ltr" autoComplete="current-password" required className="w-full rounded border border-stone-300 bg-white px-3 py-2" />
      </label>
      {error && (
        <p role="alert" className="rounded border border-deny/40 bg-deny-soft p-2 text-deny">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
