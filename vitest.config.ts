import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Browser tests start Chromium; a generous limit avoids flakes on a loaded CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
