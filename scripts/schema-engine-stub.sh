#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here
# and is not needed: `prisma generate` only checks that the file exists.
echo "schema-engine stub: use npm run db:* (scripts/db.ts) for migrations" >&2
exit 1
