import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Unit + integration tests. Integration tests share one database per run (PGlite in memory, or a fresh
// PostgreSQL database when TEST_DATABASE_URL is set), so files run one after another in one process.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup.ts"],
    fileParallelism: false,
    isolate: false,
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: [
      "default",
      ["json", { outputFile: `test-results/vitest-${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"}.json` }],
    ],
  },
});
