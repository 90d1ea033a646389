#!/usr/bin/env node
// Stands where Prisma's CLI expects its native schema engine on machines that could not download
// it. `prisma generate` only checks that the engine file exists and never runs it, so generating
// the client works offline; any command that would run it stops here with the way forward.
console.error(
  [
    "Prisma's schema engine is not installed here (it is downloaded at install time, and this machine could not reach Prisma's servers).",
    "Apply migrations with `npm run db:migrate`, which needs no engine.",
    "To create a new migration, work on a machine with internet access, or set PRISMA_SCHEMA_ENGINE_BINARY to an engine you have.",
  ].join("\n"),
);
process.exit(1);
