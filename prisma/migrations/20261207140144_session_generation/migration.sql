-- Sessions carry the generation they signed in at; bumping it ends them all.
ALTER TABLE "User" ADD COLUMN     "sessionGeneration" INTEGER NOT NULL DEFAULT 0;
