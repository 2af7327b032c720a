import { defineConfig } from "vitest/config";

// Browser tests: one API and one web server for the whole run (globalSetup), files one at a time
// because they share them and the machine has few cores.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["**/*.test.ts"],
    globalSetup: ["./support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
