import { Prisma } from "@/lib/db/generated/client.ts";

/**
 * How alike a word of the query and a word of the text must be (pg_trgm
 * word_similarity) to count as the same name: بلومبيرغ finds بلومبرج at
 * 0.56, زيلنسكي finds زيلينسكي at 0.55, while unrelated words stay under 0.45.
 * Queries filter at it explicitly: the `<%` operator, which the trigram
 * indexes serve, matches at the connection's lower threshold (lib/db/client.ts).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

/** How alike (pg_trgm similarity) two stems must be to be spellings of one word: زيلنسكي / زيلينسكي, بلومبرج / بلومبرغ. */
const SPELLING_SIMILARITY = 0.5;
/** Shorter stems have too few trigrams to tell a variant from another word. */
const SPELLING_MIN_LENGTH = 4;
/** At most this many variants per word, the closest first. */
const SPELLING_VARIANTS = 8;

/**
 * CTEs for the full-text query of normalized `words`: `terms.query` holds,
 * for every stem of every word (as plainto_tsquery would), the stem OR any
 * SearchTerm lexeme spelled like it OR the word's transliteration keys in the
 * other script, e.g. ('زيلنسكي' | 'زيلينسكي') & 'كييف', or
 * ('putin' | 'ar:btn') for Putin: the stored vectors hold each word's keys
 * (transliteration_keys in prisma/migrations/…_transliteration_keys), so
 * Putin finds بوتين and بوتين finds Putin. The variants come from the
 * distinct lexemes (a trigram index on a few ten thousand short words), not
 * from trigram-matching every claim. NULL when the words are only stop words.
 */
export function spelledLikeSql(words: string): Prisma.Sql {
  return Prisma.sql`
    query_word AS (
      SELECT word FROM regexp_split_to_table(${words}, ' ') AS word
    ), query_stem AS (
      SELECT DISTINCT stem.lexeme AS stem, query_word.word
      FROM query_word CROSS JOIN LATERAL unnest(to_tsvector('arabic', query_word.word)) AS stem
    ), variant AS (
      SELECT stem, stem AS lexeme FROM query_stem
      UNION
      SELECT query_stem.stem, spelled.lexeme FROM query_stem CROSS JOIN LATERAL (
        SELECT t.lexeme FROM "SearchTerm" t
        WHERE length(query_stem.stem) >= ${SPELLING_MIN_LENGTH} AND t.lexeme % query_stem.stem AND t.claims > 0
          AND similarity(t.lexeme, query_stem.stem) >= ${SPELLING_SIMILARITY}
        ORDER BY similarity(t.lexeme, query_stem.stem) DESC, t.lexeme
        LIMIT ${SPELLING_VARIANTS}
      ) spelled
      UNION
      SELECT query_stem.stem, CASE WHEN left(key, 3) = 'ar:' THEN 'la:' ELSE 'ar:' END || substr(key, 4)
      FROM query_stem CROSS JOIN LATERAL unnest(transliteration_keys(query_stem.word)) AS key
    ), terms AS (
      SELECT string_agg(alternatives, ' & ')::tsquery AS query FROM (
        SELECT '(' || string_agg(quote_literal(lexeme), ' | ' ORDER BY lexeme) || ')' AS alternatives FROM variant GROUP BY stem
      ) per_stem
    )`;
}
