#!/bin/sh
# Kraya never runs Prisma's native schema engine: it cannot be downloaded offline.
# `prisma generate` only needs this path to exist. Migrations run on the WebAssembly
# engine instead: see docs/decisions/002-offline-migrations.md.
echo "Kraya: the native Prisma schema engine is not used here. Use npm run db:migrate," >&2
echo "npm run db:migration:create -- <name> or npm run db:drift (docs/decisions/002-offline-migrations.md)." >&2
exit 1
