// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and resolves its files from URLs at runtime; bundling it breaks that
  // ("The path argument must be of type string ... Received an instance of URL").
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Inlined into the server bundle when it is built: the PDF cache keys on it, so a new build never
  // serves a handout that an older build drew (lib/env.ts buildStamp; docs/decisions/0025-*).
  env: { STRIDE_BUILD_STAMP: process.env.STRIDE_BUILD_STAMP ?? new Date().toISOString() },
  experimental: {
    serverActions: {
      // Stated, not left to the default, because proxy.ts answers 413 above the same number
      // (ACTION_BODY_LIMIT_BYTES in lib/http/request-guards.ts; a test keeps the two equal).
      bodySizeLimit: "1mb",
    },
    // Next.js buffers a copy of each body for the proxy; the proxy needs to see just past the
    // action limit to refuse a chunked body, so 2 MB instead of the default 10 MB per request.
    proxyClientMaxBodySize: "2mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
