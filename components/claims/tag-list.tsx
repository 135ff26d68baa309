import Link from "next/link";
import { tagPath } from "@/lib/reader/paths";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/preferences";
import { LocalizedName } from "./user-text";

type Tag = { slug: string; name: string; nameEn: string | null };

/** Tags as links to their pages: pills on a page's header, "#tag" inside a card. */
export function TagList({ tags, locale, t, look = "pill" }: { tags: Tag[]; locale: Locale; t: Translate; look?: "pill" | "hash" }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("reader.tags")}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={tagPath(tag.slug)} className={look === "pill" ? "rounded-full bg-accent-soft px-3 py-0.5" : "text-muted"}>
            {look === "hash" && "#"}
            <LocalizedName record={tag} locale={locale} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
