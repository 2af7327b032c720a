import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The e2e tests and `npm start` build then serve; no telemetry or image optimisation is needed.
  images: { unoptimized: true },
  // One small stylesheet: inlined, it no longer blocks the first paint behind a request.
  experimental: { inlineCss: true },
};

export default config;
