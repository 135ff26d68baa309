-- Hand-written: search at a million claims (issue 10).
--
-- 1. The Arabic full-text vector is stored (a generated column), so ranking
--    reads it instead of re-stemming every candidate's text, and its GIN
--    index replaces the expression index.
-- 2. "SearchTerm": every lexeme of the stored vectors with the number of
--    claims holding it. Spelling variants are found among these distinct
--    lexemes (a trigram index on a few ten thousand short words) and added to
--    the tsquery, instead of trigram-matching every claim's text; the counts
--    tell the similar-claims check which of a text's stems are rare.
--    A trigger keeps it current on every write.
-- 3. The trigram index on Claim.searchText goes: nothing matches claims by
--    trigram any more.
-- 4. Claims by status and publication time, in the order the home page's
--    latest claims and the feed read them: from the index's newest end.

ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('arabic', "searchText")) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
DROP INDEX "Claim_searchText_arabic_fts_idx";
DROP INDEX "Claim_searchText_idx";

CREATE TABLE "SearchTerm" (
    "lexeme" TEXT NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("lexeme")
);
CREATE INDEX "SearchTerm_lexeme_idx" ON "SearchTerm" USING GIN ("lexeme" gin_trgm_ops);

INSERT INTO "SearchTerm" ("lexeme", "claims")
SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "Claim"');

-- Lexemes in sorted order (a tsvector's own order), so two writers never
-- lock the same terms in opposite orders.
CREATE FUNCTION "Claim_count_search_terms"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE "SearchTerm" t SET "claims" = t."claims" - 1
    FROM (SELECT lexeme FROM unnest(tsvector_to_array(OLD."searchVector")) AS lexeme
          WHERE TG_OP = 'DELETE' OR NOT (lexeme = ANY (tsvector_to_array(NEW."searchVector")))
          ORDER BY lexeme) gone
    WHERE t."lexeme" = gone.lexeme;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "SearchTerm" ("lexeme", "claims")
    SELECT lexeme, 1 FROM unnest(tsvector_to_array(NEW."searchVector")) AS lexeme
    WHERE TG_OP = 'INSERT' OR NOT (lexeme = ANY (tsvector_to_array(OLD."searchVector")))
    ORDER BY lexeme
    ON CONFLICT ("lexeme") DO UPDATE SET "claims" = "SearchTerm"."claims" + 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Claim_count_search_terms"
  AFTER INSERT OR DELETE OR UPDATE OF "searchText" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "Claim_count_search_terms"();

-- Not a partial index: Prisma sends the status as a cast parameter, which
-- the planner cannot match to a partial index's WHERE.
CREATE INDEX "Claim_status_publishedAt_saidAt_id_idx" ON "Claim" ("status", "publishedAt" DESC, "saidAt" DESC, "id");
