import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getI18n } from "@/lib/i18n/request-preferences";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("nav.signOut"), robots: { index: false } };
}

/** next-auth's sign-out page, in the app's own look (the header's button signs out without it). */
export default async function SignOutPage() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("nav.signOut")}</h1>
      <p>{t("auth.signOutPrompt")}</p>
      <div className="flex items-center gap-4">
        <SignOutButton label={t("nav.signOut")} className="rounded bg-accent px-4 py-2 font-semibold text-white" />
        <Link href="/">{t("nav.home")}</Link>
      </div>
    </div>
  );
}
