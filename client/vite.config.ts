import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './vite/precompress.ts';

const apiTarget = process.env.AKKOORD_API ?? 'http://localhost:3000';

// The SPA builds to client/dist, which the server serves next to /api.
export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // The budget (issue 5) is checked by bench/client.bench.ts; warn early here too.
    chunkSizeWarningLimit: 350,
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
