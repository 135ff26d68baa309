import Link from "next/link";
import { PreferenceSwitches } from "@/components/preference-switches";
import { may } from "@/lib/auth/actor";
import { signInPath } from "@/lib/auth/auth-options";
import { getActor } from "@/lib/auth/current-actor";
import { getI18n } from "@/lib/i18n/request-preferences";

export async function SiteHeader() {
  const { t } = await getI18n();
  const actor = await getActor();
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-2xl font-bold text-accent no-underline">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.primary")} className="flex flex-wrap items-center gap-4">
          <Link href="/">{t("nav.home")}</Link>
          <Link href="/search">{t("nav.search")}</Link>
          <Link href="/tips/new">{t("nav.sendTip")}</Link>
          {may(actor, "claim.create") && <Link href="/editor">{t("nav.editor")}</Link>}
          {may(actor, "user.manage") && <Link href="/admin">{t("nav.admin")}</Link>}
          {/* A link to the sign-out page keeps the header free of client JavaScript for readers. */}
          {actor.kind === "user" ? <Link href="/signout">{t("nav.signOut")}</Link> : <a href={signInPath()}>{t("nav.signIn")}</a>}
        </nav>
        <PreferenceSwitches />
      </div>
    </header>
  );
}
