import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the browser client (client/ → client/dist). In development the API and
// the Socket.IO endpoint are proxied to the server on port 8080 (IOC_API_TARGET overrides).
const API_TARGET = process.env['IOC_API_TARGET'] ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // MapLibre alone is ~1 MB minified; it is loaded once by a wall that runs for weeks.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries in their own chunks: a new build of the app keeps them cached.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ },
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|zustand|socket\.io-client|engine\.io-client|socket\.io-parser|engine\.io-parser|@socket\.io|debug|ms|xmlhttprequest-ssl|date-fns|@date-fns)/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: API_TARGET, changeOrigin: false },
      '/socket.io': { target: API_TARGET, ws: true, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: API_TARGET },
      '/socket.io': { target: API_TARGET, ws: true },
    },
  },
});
