-- A token's one read/write switch becomes scopes per area. What an old token could do is kept:
-- a read token read only what is published (now: no scopes); a write token acted as an editor
-- (now: every area an editor works in; what it may do there is still its maker's role).
CREATE TYPE "TokenScope_new" AS ENUM ('claims_read', 'claims_write', 'sources_write', 'imports_write', 'webhooks_manage');

ALTER TABLE "ApiToken" ADD COLUMN "scopes" "TokenScope_new"[];
UPDATE "ApiToken" SET "scopes" = CASE "scope"
  WHEN 'write' THEN ARRAY['claims_read', 'claims_write', 'sources_write', 'imports_write']::"TokenScope_new"[]
  ELSE ARRAY[]::"TokenScope_new"[]
END;
ALTER TABLE "ApiToken" DROP COLUMN "scope";

DROP TYPE "TokenScope";
ALTER TYPE "TokenScope_new" RENAME TO "TokenScope";
