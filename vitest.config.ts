import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One throwaway PostgreSQL cluster for the whole run (REALITYCHECK_TEST_POSTGRES=0 skips the Postgres tests).
    globalSetup: ["src/test-support/postgres-global-setup.ts"],
    // A timeout only catches a hang: the demo battery is ~35 s of CPU, and a machine shared many times over must still
    // pass it.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Processes, not threads: node-llama-cpp and better-sqlite3 are native modules. Vitest's default leaves one core
    // idle for itself, but its own work is small: on 2 cores, two test files run at once.
    pool: "forks",
    maxWorkers: availableParallelism(),
    // A worker runs its files one after another in one process, importing the shared modules once: a fresh process per
    // file cost more CPU than the tests themselves. Tests keep no state between files (a test that needs a module's
    // first load takes it with vi.resetModules, and spies are restored after every test).
    isolate: false,
    restoreMocks: true,
    // How long expect.poll waits for a condition (a page to draw, a live view to update): generous, since a loaded
    // machine is slow; no test bounds a duration with it.
    expect: { poll: { timeout: 30_000 } },
  },
});
