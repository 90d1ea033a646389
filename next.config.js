// @ts-check
const isProd = process.env.NODE_ENV === "production";

// No inline scripts of our own; Next's runtime needs 'unsafe-inline' for its bootstrap scripts
// unless nonces are used. 'unsafe-eval' only in development (React's dev tooling).
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProd ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

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
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
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
