-- CreateEnum
CREATE TYPE "ImportedClaimRole" AS ENUM ('reported', 'denial', 'confirmation', 'context');

-- CreateTable
CREATE TABLE "SavedImport" (
    "id" UUID NOT NULL,
    "storyId" UUID NOT NULL,
    "storyCreated" BOOLEAN NOT NULL,
    "tags" TEXT[],
    "linkCount" INTEGER NOT NULL,
    "draft" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedImportClaim" (
    "importId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "role" "ImportedClaimRole" NOT NULL,
    "appearanceCount" INTEGER NOT NULL,

    CONSTRAINT "SavedImportClaim_pkey" PRIMARY KEY ("importId","claimId")
);

-- CreateTable
CREATE TABLE "SavedImportSource" (
    "importId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceId" UUID NOT NULL,
    "created" BOOLEAN NOT NULL,

    CONSTRAINT "SavedImportSource_pkey" PRIMARY KEY ("importId","key")
);

-- CreateIndex
CREATE INDEX "SavedImport_storyId_idx" ON "SavedImport"("storyId");

-- CreateIndex
CREATE INDEX "SavedImportClaim_claimId_idx" ON "SavedImportClaim"("claimId");

-- CreateIndex
CREATE INDEX "SavedImportSource_sourceId_idx" ON "SavedImportSource"("sourceId");

-- AddForeignKey
ALTER TABLE "SavedImport" ADD CONSTRAINT "SavedImport_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedImportClaim" ADD CONSTRAINT "SavedImportClaim_importId_fkey" FOREIGN KEY ("importId") REFERENCES "SavedImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedImportClaim" ADD CONSTRAINT "SavedImportClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedImportSource" ADD CONSTRAINT "SavedImportSource_importId_fkey" FOREIGN KEY ("importId") REFERENCES "SavedImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedImportSource" ADD CONSTRAINT "SavedImportSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill (hand-written): imports saved before this table kept what they created only in
-- their "import" revision's JSON (after = { id, story, claims, sources, links, tags, draft }).
-- Rows whose story, claim or source no longer exists are left out rather than failing the migration.
INSERT INTO "SavedImport" ("id", "storyId", "storyCreated", "tags", "linkCount", "draft", "createdAt")
SELECT r."entityId"::uuid,
       (r."after"->'story'->>'id')::uuid,
       COALESCE((r."after"->'story'->>'created')::boolean, false),
       ARRAY(SELECT jsonb_array_elements_text(COALESCE(r."after"->'tags', '[]'::jsonb))),
       jsonb_array_length(COALESCE(r."after"->'links', '[]'::jsonb)),
       COALESCE(r."after"->'draft', '{}'::jsonb),
       r."createdAt"
FROM "Revision" r
WHERE r."entityType" = 'import' AND r."action" = 'create'
  AND EXISTS (SELECT 1 FROM "Story" s WHERE s."id"::text = r."after"->'story'->>'id')
ON CONFLICT ("id") DO NOTHING;

INSERT INTO "SavedImportClaim" ("importId", "claimId", "position", "key", "role", "appearanceCount")
SELECT r."entityId"::uuid,
       (c.value->>'id')::uuid,
       c.ordinality::int - 1,
       c.value->>'key',
       (c.value->>'role')::"ImportedClaimRole",
       jsonb_array_length(COALESCE(c.value->'appearanceIds', '[]'::jsonb))
FROM "Revision" r
CROSS JOIN LATERAL jsonb_array_elements(r."after"->'claims') WITH ORDINALITY AS c(value, ordinality)
WHERE r."entityType" = 'import' AND r."action" = 'create'
  AND EXISTS (SELECT 1 FROM "SavedImport" i WHERE i."id"::text = r."entityId")
  AND EXISTS (SELECT 1 FROM "Claim" cl WHERE cl."id"::text = c.value->>'id')
ON CONFLICT DO NOTHING;

INSERT INTO "SavedImportSource" ("importId", "key", "position", "sourceId", "created")
SELECT r."entityId"::uuid,
       s.value->>'key',
       s.ordinality::int - 1,
       (s.value->>'id')::uuid,
       COALESCE((s.value->>'created')::boolean, false)
FROM "Revision" r
CROSS JOIN LATERAL jsonb_array_elements(r."after"->'sources') WITH ORDINALITY AS s(value, ordinality)
WHERE r."entityType" = 'import' AND r."action" = 'create'
  AND EXISTS (SELECT 1 FROM "SavedImport" i WHERE i."id"::text = r."entityId")
  AND EXISTS (SELECT 1 FROM "Source" so WHERE so."id"::text = s.value->>'id')
ON CONFLICT DO NOTHING;
