import { db, type Tx } from "@/lib/db/client";

/**
 * How alike a word of the query and a word of the text must be (pg_trgm
 * word_similarity) to count as the same name: بلومبيرغ finds بلومبرج at
 * 0.56, زيلنسكي finds زيلينسكي at 0.55, while unrelated words stay under 0.45.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

/**
 * Runs `query` in a transaction where the `<%` operator (which the GIN
 * trigram indexes serve) matches at WORD_SIMILARITY_THRESHOLD. SET LOCAL
 * keeps the setting to this transaction, not the pooled connection.
 */
export function withWordSimilarity<T>(query: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`);
    return query(tx);
  });
}
