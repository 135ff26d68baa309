-- CreateEnum
CREATE TYPE "TipStatus" AS ENUM ('open', 'converted', 'dismissed');

-- CreateEnum
CREATE TYPE "TipChannel" AS ENUM ('web', 'api');

-- CreateTable
CREATE TABLE "Tip" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT,
    "searchText" TEXT NOT NULL,
    "groupId" UUID NOT NULL,
    "status" "TipStatus" NOT NULL DEFAULT 'open',
    "channel" "TipChannel" NOT NULL,
    "claimId" UUID,
    "trackingToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tip_trackingToken_key" ON "Tip"("trackingToken");

-- CreateIndex
CREATE INDEX "Tip_searchText_idx" ON "Tip" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Tip_groupId_idx" ON "Tip"("groupId");

-- CreateIndex
CREATE INDEX "Tip_status_createdAt_idx" ON "Tip"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Tip_claimId_idx" ON "Tip"("claimId");

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
