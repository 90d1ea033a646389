// Several instances for real: two `next start` instances on one PostgreSQL database behind nginx,
// configured by deploy/nginx.conf (its ports and paths rewritten for the run). Sign-in, writes
// and pushed updates work whichever instance a request lands on: the planner's moves are served
// by both instances in turn, and the liaison's open itinerary (its stream held by one of them)
// shows every new time without a reload.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { e2eSettings } from "../scripts/lib/e2e-settings.mjs";
import { apiSignIn, DEMO } from "./fixtures";
import { createItem, expectNoReload, itemRow, LU, markDocument, moveItem, type Query } from "./live-support";

const root = path.resolve(__dirname, "..");
const settings = e2eSettings();
const nginx = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
const ports = { a: settings.port + 10, b: settings.port + 20, proxy: settings.port + 30 };
const baseURL = `http://127.0.0.1:${ports.proxy}`;
const databaseName = `${settings.databaseName}_instances`;

test.describe.configure({ timeout: 120_000 });
// Two instances need a PostgreSQL server: on the embedded database (one instance by design) the
// Playwright config leaves this spec out. Without nginx the run fails: CI installs it (.ci/run).
test.beforeAll(() => {
  if (!nginx) throw new Error("nginx is not installed (apt-get install nginx): the two-instance run needs it");
});

const children: ChildProcess[] = [];
let pool: pg.Pool | null = null;
let workdir = "";
const query: Query = async (text, values = []) => (await pool!.query(text, values)).rows;

/** deploy/nginx.conf with this run's ports, a private prefix, and the upstream's address echoed. */
function nginxConfig(): string {
  const conf = fs.readFileSync(path.join(root, "deploy", "nginx.conf"), "utf8");
  const out = conf
    .replace("server 127.0.0.1:3001;", `server 127.0.0.1:${ports.a};`)
    .replace("server 127.0.0.1:3002;", `server 127.0.0.1:${ports.b};`)
    .replace("listen 8080;", `listen 127.0.0.1:${ports.proxy};`)
    .replace("http {", `http {\n  access_log off;\n  client_body_temp_path tmp/body;\n  proxy_temp_path tmp/proxy;\n  fastcgi_temp_path tmp/fastcgi;\n  uwsgi_temp_path tmp/uwsgi;\n  scgi_temp_path tmp/scgi;\n  add_header X-Served-By $upstream_addr always;`);
  expect(out).toContain(`127.0.0.1:${ports.b}`);
  expect(out).toContain("proxy_buffering off");
  return out;
}

/** Wait until the URL answers (any status). */
async function waitForHttp(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${ms / 1000} s (logs in ${workdir})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function start(cmd: string, args: string[], env: Record<string, string>, log: string): ChildProcess {
  const out = fs.openSync(path.join(workdir, log), "a");
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", out, out] });
  children.push(child);
  return child;
}

test.beforeAll(async () => {
  // A database of its own, seeded, and two servers starting: more than a test's minute on a busy machine.
  test.setTimeout(150_000);
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), "summit-instances-"));
  fs.mkdirSync(path.join(workdir, "tmp"));
  fs.chmodSync(workdir, 0o777);
  fs.chmodSync(path.join(workdir, "tmp"), 0o777);
  const url = execFileSync(process.execPath, [path.join(root, "e2e", "live-instances-setup.mjs"), settings.serverUrl!, databaseName], { cwd: root, encoding: "utf8" }).trim();
  const env = { DATABASE_URL: url, DATABASE_POOL_MAX: "5", NEXTAUTH_URL: baseURL, NEXTAUTH_SECRET: settings.secret, NEXT_TELEMETRY_DISABLED: "1" };
  pool = new pg.Pool({ connectionString: url, max: 2 });
  const next = path.join(root, "node_modules", ".bin", "next");
  start(next, ["start", "-p", String(ports.a)], env, "a.log");
  start(next, ["start", "-p", String(ports.b)], env, "b.log");
  const conf = path.join(workdir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig());
  execFileSync(nginx!, ["-t", "-p", workdir, "-c", conf, "-g", `pid ${workdir}/nginx.pid; error_log ${workdir}/error.log;`], { stdio: "pipe" });
  start(nginx!, ["-p", workdir, "-c", conf, "-g", `daemon off; pid ${workdir}/nginx.pid; error_log ${workdir}/error.log;`], {}, "nginx.log");
  await Promise.all([waitForHttp(`http://127.0.0.1:${ports.a}/api/health`, 90_000), waitForHttp(`http://127.0.0.1:${ports.b}/api/health`, 90_000)]);
  await waitForHttp(`${baseURL}/api/health`, 10_000);
});

test.afterAll(async () => {
  for (const child of children.reverse()) child.kill("SIGTERM");
  await pool?.end();
  if (workdir && !process.env.KEEP_INSTANCE_LOGS) fs.rmSync(workdir, { recursive: true, force: true });
  if (!settings.serverUrl) return;
  const admin = new pg.Client({ connectionString: settings.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch(() => {});
  await admin.end();
});

test("behind nginx, two instances share sessions, writes and live updates", async ({ browser }) => {
  const title = "Live push across instances";
  const itemId = await createItem(query, title);
  const id = `e2e-instances-${Date.now()}`;
  await query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, 'E2E liaison', 'LIAISON', $3, now())`, [id, `${id}@example.org`, await hashPassword("e2e-password-long-enough")]);
  await query(`INSERT INTO "LiaisonAssignment" ("userId", "delegationId") VALUES ($1, $2)`, [id, LU]);

  const liaisonContext = await browser.newContext({ baseURL });
  const liaison = await liaisonContext.newPage();
  await apiSignIn(liaison, `${id}@example.org`, "e2e-password-long-enough");
  const stream = liaison.waitForResponse((r) => r.url().endsWith("/api/events"));
  await liaison.goto(`/itinerary/${LU}`);
  const events = await stream;
  expect(events.status()).toBe(200);
  const streamOn = (await events.allHeaders())["x-served-by"];
  expect([`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`]).toContain(streamOn);
  const row = itemRow(liaison, title);
  // Luxembourg's home zone is named apart: its own time follows the summit's.
  await expect(row.getByRole("cell").first()).toHaveText(/^07:00–07:30/);
  await markDocument(liaison);

  const plannerContext = await browser.newContext({ baseURL });
  const planner = await plannerContext.newPage();
  // Signed in through the proxy, on whichever instance: the session holds on both.
  await apiSignIn(planner, DEMO.planner);
  const instances = [`http://127.0.0.1:${ports.a}`, `http://127.0.0.1:${ports.b}`];
  for (const origin of instances) {
    const session = await (await planner.request.get(`${origin}/api/auth/session`)).json();
    expect(session?.user?.id, origin).toBeTruthy();
  }
  // Moves written on each instance in turn: half of them on the instance without the stream.
  const times: [string, string][] = [["07:15", "07:45"], ["07:30", "08:00"], ["07:45", "08:15"], ["08:00", "08:30"]];
  for (const [n, [start, end]] of times.entries()) {
    await moveItem(planner, itemId, n + 1, start, end, instances[n % 2]);
    await expect(row.getByRole("cell").first()).toHaveText(new RegExp(`^${start}–${end}`), { timeout: 15_000 });
  }
  // And through the proxy, whichever instance it picks.
  const proxied = await moveItem(planner, itemId, times.length + 1, "08:15", "08:45");
  expect(instances.map((i) => i.replace("http://", ""))).toContain(proxied.headers()["x-served-by"]);
  await expect(row.getByRole("cell").first()).toHaveText(/^08:15–08:45/, { timeout: 5_000 });
  await expect(row).toContainText(/updated \d\d:\d\d/);
  await expectNoReload(liaison);
  await Promise.all([liaisonContext.close(), plannerContext.close()]);
});
