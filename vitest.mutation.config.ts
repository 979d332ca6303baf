// The unit tests a mutation run tries each mutant against: MUTATION_TESTS (globs, separated by
// commas) names those that exercise the folder being mutated; without it, all of them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: process.env.MUTATION_TESTS?.split(',') ?? ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['tests/support/remove-data-dirs.ts'],
  },
});
