// Every integration test process talks to the run's fresh database, including code that uses
// the app's own client (getDb). The embedded database takes single-connection clients only.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = inject("embedded") ? "1" : "5";
