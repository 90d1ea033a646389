// `npm run create-admin`: the first admin of a real installation. Reads ADMIN_EMAIL, ADMIN_NAME
// and ADMIN_PASSWORD from the environment, or asks for them (the password without echo).
import readline from "node:readline/promises";
import { Writable } from "node:stream";
import { createPrismaClient } from "../lib/db";
import { DomainError } from "../lib/errors";
import { createUser } from "../lib/users/mutations";
import { createUserSchema } from "../lib/users/schema";
import { parseInput } from "../lib/validation";

async function ask(question: string, secret = false): Promise<string> {
  // Without a terminal a prompt would wait forever on a closed input: say what to set instead.
  if (!process.stdin.isTTY) throw new Error(`No terminal to ask "${question.trim()}": set ADMIN_EMAIL and ADMIN_PASSWORD.`);
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  const answer = rl.question(question);
  muted = secret;
  const value = await answer;
  rl.close();
  if (secret) process.stdout.write("\n");
  return value.trim();
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: point it at the installation's PostgreSQL.");
  const email = process.env.ADMIN_EMAIL || (await ask("Admin e-mail: "));
  const name = process.env.ADMIN_NAME || (process.stdin.isTTY ? await ask("Admin name: ") : "") || email;
  const password = process.env.ADMIN_PASSWORD || (await ask("Password (12+ characters): ", true));
  const db = createPrismaClient(url, 1);
  try {
    // Parsed here, as the gate parses a form: this command is the boundary.
    const input = parseInput(createUserSchema, { email, name, password, role: "ADMIN", delegationIds: [], agencyId: null });
    const user = await createUser(db, null, input);
    console.log(`Created admin ${user.email}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  // A refusal names each field it concerns, as the parse of the input did.
  if (error instanceof DomainError) {
    const fields = Object.entries(error.fieldErrors).map(([field, message]) => `${field}: ${message}`);
    console.error(`✖ ${fields.length > 0 ? fields.join("; ") : error.message}`);
  } else console.error(`✖ ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  process.exit(1);
});
