import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds without an "exports" map: Node (and every dependency
    // loaded from node_modules) gets the CJS build, while Vite would hand our sources the ESM one.
    // Two copies of graphql in one process break its instanceof checks, so tests use Node's choice.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Storage tests share one server; files use their own databases, so files may run in parallel.
    pool: 'forks',
  },
});
