import { defineConfig, env } from "prisma/config";

// Only developer commands read this file (`prisma migrate dev`, `prisma studio`): installing,
// migrating, starting and testing go through scripts/generate.mjs and scripts/migrate.mjs, which
// need no download. Where Prisma's native schema engine could not be installed, developer
// commands take an engine named by PRISMA_SCHEMA_ENGINE_BINARY.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  // Commands that need no database (generate) run without DATABASE_URL.
  ...(process.env.DATABASE_URL ? { datasource: { url: env("DATABASE_URL") } } : {}),
});
