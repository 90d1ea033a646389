// @ts-check

// The Content-Security-Policy is not set here: each page gets its own, with a fresh script nonce,
// from proxy.ts (lib/http/csp.ts). A second, static policy would be enforced as well and block
// the nonced scripts.

/** The host users reach the app at (NEXTAUTH_URL), for Next's own server-action origin check. */
function appHost() {
  const url = process.env.NEXTAUTH_URL;
  if (!url) return [];
  try {
    return [new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(url) ? url : `https://${url}`).host];
  } catch {
    return [];
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // gzip in Node costs 3–7 ms of the event loop per response (measured on the itinerary page:
  // 30 ms without, 38 ms with), time every other request on the instance waits for. Compression
  // belongs to the TLS-terminating reverse proxy in front; NEXT_COMPRESS=1 turns Next's own back
  // on for a server reached directly over a slow link.
  compress: process.env.NEXT_COMPRESS === "1",
  // Types are checked once by `npm run typecheck` (lint + typecheck run before the tests in CI).
  typescript: { ignoreBuildErrors: true },
  // Separate build folders let several builds of one checkout coexist (parallel work, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    serverActions: {
      // The largest any action may send (a spreadsheet upload); proxy.ts holds every other
      // action to 1 MB and answers larger bodies with a 413 first (lib/http/action-body.ts).
      bodySizeLimit: "26mb",
      // Next compares an action's Origin with X-Forwarded-Host, else Host. proxy.ts has already
      // refused any Origin but NEXTAUTH_URL's and dropped forwarded headers nobody vouches for
      // (TRUST_PROXY); this lets that origin through when a reverse proxy rewrites Host.
      allowedOrigins: appHost(),
    },
  },
  // piscina starts its threads from its own files (node_modules/piscina/dist/worker.js): bundled,
  // that path would not exist.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "piscina"],
  // Addresses that moved keep working: new and edit pages are /<area>/items/new and
  // /<area>/items/<id>/edit everywhere, and every download lives under /exports. Bookmarks and links in sent mail use the old ones.
  async redirects() {
    return [
      { source: "/movements/new", destination: "/movements/items/new", permanent: true },
      { source: "/tasks/new", destination: "/tasks/items/new", permanent: true },
      { source: "/movements/edit/:id", destination: "/movements/items/:id/edit", permanent: true },
      { source: "/tasks/edit/:id", destination: "/tasks/items/:id/edit", permanent: true },
      { source: "/tasks/export/:day", destination: "/exports/tasks/:day", permanent: true },
      { source: "/arrivals/motorcades", destination: "/exports/arrivals/motorcades", permanent: true },
      { source: "/arrivals/own/:delegationId", destination: "/exports/arrivals/own/:delegationId", permanent: true },
      { source: "/arrivals/:itemId/:file(list|photo)", destination: "/exports/arrivals/:itemId/:file", permanent: true },
    ];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
