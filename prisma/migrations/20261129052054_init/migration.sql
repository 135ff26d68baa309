-- Hand-written: the trigram GIN indexes below ("gin_trgm_ops") need pg_trgm.
-- Prisma does not manage extensions here (no postgresqlExtensions preview).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('reader', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "TokenScope" AS ENUM ('read', 'write');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('agency', 'outlet', 'government', 'person', 'anonymous', 'social', 'other');

-- CreateEnum
CREATE TYPE "SourceStatus" AS ENUM ('active', 'proposed');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('draft', 'in_review', 'published', 'archived');

-- CreateEnum
CREATE TYPE "TimePrecision" AS ENUM ('exact', 'day', 'month', 'year');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('denies', 'refutes', 'confirms', 'supports', 'corrects', 'repeats', 'context');

-- CreateEnum
CREATE TYPE "StoryStatus" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'reader',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "TokenScope" NOT NULL,
    "secretHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "aliases" TEXT[],
    "kind" "SourceKind" NOT NULL,
    "status" "SourceStatus" NOT NULL DEFAULT 'active',
    "description" TEXT,
    "url" TEXT,
    "country" TEXT,
    "affiliationId" UUID,
    "credibility" INTEGER,
    "credibilityReason" TEXT,
    "mergedIntoId" UUID,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "claimantId" UUID NOT NULL,
    "saidAt" TIMESTAMP(3) NOT NULL,
    "saidAtPrecision" "TimePrecision" NOT NULL DEFAULT 'day',
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'ar',
    "summary" TEXT,
    "status" "ClaimStatus" NOT NULL DEFAULT 'draft',
    "assigneeId" UUID,
    "verdictId" UUID,
    "verdictReasoning" TEXT,
    "verdictAt" TIMESTAMP(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appearance" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "url" TEXT,
    "title" TEXT,
    "quote" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedAtPrecision" "TimePrecision" NOT NULL DEFAULT 'day',
    "viaId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appearance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" UUID NOT NULL,
    "fromClaimId" UUID NOT NULL,
    "toClaimId" UUID NOT NULL,
    "type" "LinkType" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Story" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "summary" TEXT,
    "status" "StoryStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryClaim" (
    "storyId" UUID NOT NULL,
    "claimId" UUID NOT NULL,

    CONSTRAINT "StoryClaim_pkey" PRIMARY KEY ("storyId","claimId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "normalized" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimTag" (
    "claimId" UUID NOT NULL,
    "tagId" UUID NOT NULL,

    CONSTRAINT "ClaimTag_pkey" PRIMARY KEY ("claimId","tagId")
);

-- CreateTable
CREATE TABLE "StoryTag" (
    "storyId" UUID NOT NULL,
    "tagId" UUID NOT NULL,

    CONSTRAINT "StoryTag_pkey" PRIMARY KEY ("storyId","tagId")
);

-- CreateTable
CREATE TABLE "VerdictLevel" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "ratingValue" INTEGER NOT NULL,
    "color" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "VerdictLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "archivedUrl" TEXT,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" BIGSERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" UUID,
    "tokenId" UUID,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_secretHash_key" ON "ApiToken"("secretHash");

-- CreateIndex
CREATE INDEX "SignInAttempt_key_createdAt_idx" ON "SignInAttempt"("key", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE INDEX "Source_searchText_idx" ON "Source" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_mergedIntoId_idx" ON "Source"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Source_affiliationId_idx" ON "Source"("affiliationId");

-- CreateIndex
CREATE INDEX "Claim_searchText_idx" ON "Claim" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_status_saidAt_idx" ON "Claim"("status", "saidAt");

-- CreateIndex
CREATE INDEX "Claim_claimantId_saidAt_idx" ON "Claim"("claimantId", "saidAt");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_idx" ON "Claim"("assigneeId");

-- CreateIndex
CREATE INDEX "Appearance_claimId_idx" ON "Appearance"("claimId");

-- CreateIndex
CREATE INDEX "Appearance_sourceId_idx" ON "Appearance"("sourceId");

-- CreateIndex
CREATE INDEX "Appearance_viaId_idx" ON "Appearance"("viaId");

-- CreateIndex
CREATE INDEX "ClaimLink_toClaimId_idx" ON "ClaimLink"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_fromClaimId_toClaimId_type_key" ON "ClaimLink"("fromClaimId", "toClaimId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Story_slug_key" ON "Story"("slug");

-- CreateIndex
CREATE INDEX "StoryClaim_claimId_idx" ON "StoryClaim"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_normalized_key" ON "Tag"("normalized");

-- CreateIndex
CREATE INDEX "ClaimTag_tagId_idx" ON "ClaimTag"("tagId");

-- CreateIndex
CREATE INDEX "StoryTag_tagId_idx" ON "StoryTag"("tagId");

-- CreateIndex
CREATE UNIQUE INDEX "VerdictLevel_key_key" ON "VerdictLevel"("key");

-- CreateIndex
CREATE INDEX "Evidence_claimId_idx" ON "Evidence"("claimId");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_createdAt_idx" ON "Revision"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_actorId_createdAt_idx" ON "Revision"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "VerdictLevel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_viaId_fkey" FOREIGN KEY ("viaId") REFERENCES "Appearance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryClaim" ADD CONSTRAINT "StoryClaim_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryClaim" ADD CONSTRAINT "StoryClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTag" ADD CONSTRAINT "ClaimTag_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTag" ADD CONSTRAINT "ClaimTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryTag" ADD CONSTRAINT "StoryTag_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryTag" ADD CONSTRAINT "StoryTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ===========================================================================
-- Hand-written below: rules Prisma cannot express in schema.prisma. The
-- drift check (checkDrift, npm run db:status) cannot see them either, so
-- tests/integration/migrations.test.ts exercises each one.
-- ===========================================================================

-- CHECK constraints
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_not_self_check" CHECK ("fromClaimId" <> "toClaimId");
ALTER TABLE "Source" ADD CONSTRAINT "Source_credibility_check" CHECK ("credibility" BETWEEN 1 AND 5);
ALTER TABLE "Source" ADD CONSTRAINT "Source_not_merged_into_self_check" CHECK ("mergedIntoId" <> "id");
ALTER TABLE "Source" ADD CONSTRAINT "Source_not_affiliated_with_self_check" CHECK ("affiliationId" <> "id");
ALTER TABLE "VerdictLevel" ADD CONSTRAINT "VerdictLevel_ratingValue_check" CHECK ("ratingValue" BETWEEN 1 AND 5);
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_not_via_self_check" CHECK ("viaId" <> "id");

-- The attribution chain: following "viaId" from an appearance must end (no
-- cycle) and stay within one claim. Errors carry a fixed message the app can
-- recognise: isnad:appearance_via_cycle, isnad:appearance_via_other_claim.
CREATE FUNCTION "Appearance_check_via_chain"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The chains of a claim are checked under one lock per claim, so two
  -- concurrent transactions cannot each close half of a cycle unseen by the
  -- other (each check below reads what the other committed).
  PERFORM pg_advisory_xact_lock(hashtextextended('isnad:appearance_via:' || NEW."claimId", 0));

  IF TG_OP = 'UPDATE' AND NEW."claimId" IS DISTINCT FROM OLD."claimId" THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('isnad:appearance_via:' || OLD."claimId", 0));
    -- Moving an appearance to another claim would strand those carried via it.
    IF EXISTS (SELECT 1 FROM "Appearance" WHERE "viaId" = NEW."id" AND "claimId" <> NEW."claimId") THEN
      RAISE EXCEPTION 'isnad:appearance_via_other_claim' USING
        ERRCODE = 'check_violation', TABLE = 'Appearance',
        DETAIL = format('Appearances of claim %s are carried via appearance %s; it cannot move to claim %s.', OLD."claimId", NEW."id", NEW."claimId");
    END IF;
  END IF;

  IF NEW."viaId" IS NULL THEN
    RETURN NEW;
  END IF;

  -- A missing via row is left to the foreign key to report.
  IF EXISTS (SELECT 1 FROM "Appearance" WHERE "id" = NEW."viaId" AND "claimId" <> NEW."claimId") THEN
    RAISE EXCEPTION 'isnad:appearance_via_other_claim' USING
      ERRCODE = 'check_violation', TABLE = 'Appearance',
      DETAIL = format('Appearance %s (claim %s) cannot be carried via appearance %s of another claim.', NEW."id", NEW."claimId", NEW."viaId");
  END IF;

  -- UNION (not UNION ALL) stops the walk even on a cycle already stored.
  IF NEW."viaId" = NEW."id" OR EXISTS (
    WITH RECURSIVE chain("id", "viaId") AS (
      SELECT "id", "viaId" FROM "Appearance" WHERE "id" = NEW."viaId"
      UNION
      SELECT a."id", a."viaId" FROM "Appearance" a JOIN chain ON a."id" = chain."viaId"
    )
    SELECT 1 FROM chain WHERE "id" = NEW."id"
  ) THEN
    RAISE EXCEPTION 'isnad:appearance_via_cycle' USING
      ERRCODE = 'check_violation', TABLE = 'Appearance',
      DETAIL = format('Appearance %s cannot be carried via %s: the attribution chain would loop.', NEW."id", NEW."viaId");
  END IF;

  RETURN NEW;
END;
$$;

CREATE TRIGGER "Appearance_check_via_chain"
  BEFORE INSERT OR UPDATE OF "viaId", "claimId" ON "Appearance"
  FOR EACH ROW EXECUTE FUNCTION "Appearance_check_via_chain"();

-- Arabic full-text search over the normalized text (stemmed: الكرملين finds
-- كرملين). Queries must use this exact expression to use the index:
--   to_tsvector('arabic', "searchText") @@ plainto_tsquery('arabic', $1)
CREATE INDEX "Claim_searchText_arabic_fts_idx" ON "Claim" USING GIN (to_tsvector('arabic', "searchText"));
