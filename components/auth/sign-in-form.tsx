"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

type Labels = Record<"email" | "password" | "submit" | "submitting" | "invalid" | "throttled" | "throttledSeconds" | "failed", string>;

/** What next-auth's error code (from signIn(), or ?error= after a redirect) means to the reader. */
function errorMessage(code: string, labels: Labels): string {
  const throttled = code.match(/^throttled:(\d+)(s?)$/);
  if (throttled?.[2]) return labels.throttledSeconds.replace("{seconds}", throttled[1]!);
  if (throttled) return labels.throttled.replace("{minutes}", throttled[1]!);
  // "invalid" is what authorize() throws; CredentialsSignin is next-auth's own word for the same.
  if (code === "invalid" || code === "CredentialsSignin") return labels.invalid;
  return labels.failed;
}

type Props = {
  callbackUrl: string;
  /** next-auth's CSRF token, read on the server, for a post without JavaScript. */
  csrfToken: string;
  /** The ?error= next-auth redirected back with, if any. */
  errorCode?: string;
  labels: Labels;
};

/**
 * Sends the credentials to next-auth and says, in the reader's language, why it failed.
 * Without JavaScript (or before hydration) the browser posts the same form straight to
 * next-auth's callback, never as a GET that would put the password in the address.
 */
export function SignInForm({ callbackUrl, csrfToken, errorCode, labels }: Props) {
  const [error, setError] = useState<string | null>(errorCode ? errorMessage(errorCode, labels) : null);
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
    setError(errorMessage(result?.error ?? "", labels));
  }

  return (
    <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
