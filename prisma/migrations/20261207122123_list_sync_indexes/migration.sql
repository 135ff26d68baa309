-- CreateIndex
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Source_updatedAt_id_idx" ON "Source"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Story_updatedAt_id_idx" ON "Story"("updatedAt", "id");
