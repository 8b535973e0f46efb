import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import './tests/support/node20.ts';
import { contentSecurityPolicy } from './vite-csp.ts';

// One config for the app and both test projects: unit/component tests run in jsdom next to the code,
// browser tests (tests/) drive the built app in Debian's Chromium through playwright-core.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: { sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/**/*.e2e.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
