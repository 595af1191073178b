/** @type {import('next').NextConfig} */
const createNextIntlPlugin = require("next-intl/plugin");

// The request's language comes from i18n/request.ts (no locale in the URL).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// The request-independent security headers, for the static files proxy.ts does not see (it sets these
// and the per-request Content-Security-Policy on everything else; keep in step with lib/security-headers.ts).
const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "@node-rs/argon2"],
  poweredByHeader: false,
  // A deployment ships .next/standalone (see README "Deploying"); scripts/build.mjs completes it.
  output: "standalone",
  typescript: { ignoreBuildErrors: false },
  // A logo may be 512 KiB; a little more gets through to the action, which answers with a field
  // message instead of a failed request (the form also checks the size before sending).
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    return [{ source: "/_next/static/:path*", headers: staticSecurityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
