import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SignInForm } from "@/components/auth/sign-in-form";
import { callbackPathFromCookies, csrfTokenFromCookies } from "@/lib/auth/auth-options";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getI18n } from "@/lib/i18n/request-preferences";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getI18n();
  const { callbackUrl, error } = await searchParams;
  const cookieJar = await cookies();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t("auth.signInTitle")}</h1>
      <SignInForm
        callbackUrl={safeCallbackPath(callbackUrl ?? callbackPathFromCookies(cookieJar))}
        csrfToken={csrfTokenFromCookies(cookieJar)}
        errorCode={typeof error === "string" ? error : undefined}
        labels={{
          email: t("auth.email"),
          password: t("auth.password"),
          submit: t("auth.submit"),
          submitting: t("auth.submitting"),
          invalid: t("auth.invalid"),
          throttled: t("error.tooManyRequests"),
          throttledSeconds: t("error.tooManyRequestsSeconds"),
          failed: t("auth.failed"),
        }}
      />
    </div>
  );
}
