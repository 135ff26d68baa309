-- Every instance's public page cache (lib/http/public-page-cache.ts) empties
-- when a table readers see changes: each statement that writes one of them
-- sends a notification on channel isnad_public_change, delivered by
-- PostgreSQL when (and only if) the transaction commits, to every instance's
-- LISTEN connection (lib/db/public-changes.ts). Statement-level, so a bulk
-- write sends one, and PostgreSQL folds identical notifications of one
-- transaction into one. Whatever path writes (use-case, import, archive
-- restore, a hand-run UPDATE), the cache hears it. The list of tables is
-- lib/reader/public-tables.ts; tests/integration/public-changes.test.ts
-- fails when a table is on neither of its lists or lacks the trigger.
CREATE FUNCTION "notify_public_change"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('isnad_public_change', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  target text;
BEGIN
  FOREACH target IN ARRAY ARRAY['Source', 'VerdictLevel', 'Claim', 'Appearance', 'ClaimLink', 'Story', 'StoryClaim', 'Tag', 'ClaimTag', 'StoryTag', 'Evidence', 'Correction', 'SitePage']
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "notify_public_change"()',
      target || '_notify_public_change', target);
  END LOOP;
END;
$$;
