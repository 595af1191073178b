/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "@node-rs/argon2"],
  poweredByHeader: false,
  // A deployment ships .next/standalone (see README "Deploying"); scripts/build.mjs completes it.
  output: "standalone",
  typescript: { ignoreBuildErrors: false },
  // A logo may be 512 KiB; a little more gets through to the action, which answers with a field
  // message instead of a failed request (the form also checks the size before sending).
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
};

module.exports = nextConfig;
