import { createRequire } from "node:module";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// SWC compiles the decorators with their metadata (esbuild emits none), as tsc does for the build.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: "es2022",
      },
    }),
  ],
  resolve: {
    conditions: ["source"],
    // Node loads graphql's CommonJS build for type-graphql and Apollo; Vite would pick its .mjs build: one copy only.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // On PostgreSQL the test files share one database; some of them load content: one file at a time.
    fileParallelism: !process.env.TEST_DATABASE_URL,
  },
});
