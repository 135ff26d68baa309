import { db } from "@/lib/db/client";
import { sourceMatchSql, type SourceListEntry } from "./search-sources";

/** How many sources a picker suggests for what was typed; typing more narrows them. */
const SUGGESTIONS = 8;

/** A source as the claimant and carrier pickers offer it, with its other names (the picker proposes no new source under one). */
export type SourceSuggestion = Pick<SourceListEntry, "id" | "slug" | "name" | "nameEn" | "aliases" | "kind" | "status">;

/**
 * The pickers' suggestions for a typed name, proposed sources included: the
 * whole table is searched, best matches first. One query, no total and no
 * claim counts: it runs on every keystroke.
 */
export async function suggestSources(query: string): Promise<SourceSuggestion[]> {
  if (!query.trim()) return [];
  const match = sourceMatchSql({ query });
  return db().$queryRaw<SourceSuggestion[]>`
    SELECT id, slug, name, "nameEn", aliases, kind, status FROM "Source"
    WHERE ${match.where}
    ORDER BY ${match.orderBy}
    LIMIT ${SUGGESTIONS}`;
}
