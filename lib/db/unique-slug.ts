import type { Tx } from "@/lib/db/client";
import { slugify } from "@/lib/text/slugify";

type SluggedModel = "source" | "story" | "tag";

/**
 * A slug from `text` not yet taken in `model`: رويترز, then رويترز-2, …
 *
 * Two saves of the same name at the same moment would both find the slug
 * free and the second would fail on the unique key (and a failed statement
 * aborts the whole transaction). So choosing a slug in a model takes a
 * transaction-scoped advisory lock, held until commit: the second save waits,
 * then sees the first one's slug and takes the next. Callers choose slugs in
 * one order (source, story, tag), so two saves cannot wait on each other.
 */
export async function uniqueSlug(tx: Tx, model: SluggedModel, text: string, fallback: string): Promise<string> {
  const base = slugify(text) || fallback;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`isnad:slug:${model}`}))`;
  const delegate = tx[model] as unknown as { findMany: (args: object) => Promise<{ slug: string }[]> };
  const taken = new Set(
    (await delegate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
