import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two test files at once even on two cores (the default would run one): the suite waits on child
    // processes and sockets as much as on the CPU, and so keeps within its five minutes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
