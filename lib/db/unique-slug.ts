import type { Tx } from "@/lib/db/client";
import { slugify } from "@/lib/validation/fields";

type SluggedModel = "source" | "story" | "tag";

/** A slug from `text` not yet taken in `model`: رويترز, then رويترز-2, … */
export async function uniqueSlug(tx: Tx, model: SluggedModel, text: string, fallback: string): Promise<string> {
  const base = slugify(text) || fallback;
  const delegate = tx[model] as unknown as { findMany: (args: object) => Promise<{ slug: string }[]> };
  const taken = new Set(
    (await delegate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
