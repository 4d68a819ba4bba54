// Vite config for the explorer (src/app) and vitest config for every test under test/.
/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // relative base: the built site works from any static host or sub-folder
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // builds the explorer site and its test graphs for test/app/browser.test.ts (no-op for other folders)
    globalSetup: ['test/app/global-setup.ts'],
  },
});
