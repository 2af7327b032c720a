import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The e2e tests and `npm start` build then serve; no telemetry or image optimisation is needed.
  images: { unoptimized: true },
};

export default config;
