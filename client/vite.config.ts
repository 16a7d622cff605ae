import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstLoadHints } from './vite/first-load-hints.ts';
import { precompress } from './vite/precompress.ts';

const apiTarget = process.env.AKKOORD_API ?? 'http://localhost:3000';

// The SPA builds to client/dist, which the server serves next to /api.
export default defineConfig({
  plugins: [react(), firstLoadHints(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // The budget (issue 5) is checked by bench/client.bench.ts; warn early here too.
    chunkSizeWarningLimit: 350,
    rolldownOptions: {
      output: {
        // Few files rather than many: over HTTP/1.1 (six connections) some fifty tiny chunks queued behind each
        // other on a first load (decision 031). What the entry needs at start is one chunk; what two or more
        // lazy routes share is one more; each route keeps its own chunk, and the chain graph's layout worker
        // (elkjs) stays apart.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 2 },
            { name: 'shared', minShareCount: 2, test: (id: string) => !/[\\/]elkjs[\\/]/.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/cal': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: { port: 4173 },
});
