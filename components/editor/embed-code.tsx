import { CopyButton } from "@/components/forms/copy-button";
import { embedFrame, type EmbedTarget } from "@/lib/embeds/oembed";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/preferences";

/** The frame a partner site pastes to embed a published story or claim, ready to copy. */
export function EmbedCode({ target, title, locale, t }: { target: EmbedTarget; title: string; locale: Locale; t: Translate }) {
  const { html } = embedFrame(target, title, locale);
  return (
    <section className="mt-8 rounded border border-stone-200 bg-white p-4" data-testid="embed-code">
      <h2 className="text-lg font-semibold">{t("embed.code")}</h2>
      <p className="mb-2 text-sm text-muted">{t("embed.codeHelp")}</p>
      <textarea readOnly rows={3} dir="ltr" className="w-full rounded border border-stone-300 p-2 font-mono text-xs" aria-label={t("embed.code")} defaultValue={html} />
      <CopyButton text={html} label={t("embed.copy")} copiedLabel={t("embed.copied")} />
    </section>
  );
}
