import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: {
    // The package's main entry is one bundle that cannot be tree-shaken (it ships every Amsterdam logo);
    // the ES module build can.
    alias: [
      {
        find: /^@amsterdam\/design-system-react$/,
        replacement: '@amsterdam/design-system-react/dist/index.js',
      },
    ],
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The strict CSP forbids inline scripts; Vite's module preload polyfill is inline.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
})
