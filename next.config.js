// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and resolves its files from URLs at runtime; bundling it breaks that
  // ("The path argument must be of type string ... Received an instance of URL").
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
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
