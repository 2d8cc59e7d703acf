import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // The mock (msw, jose, otpauth) is its own lazy chunk; only its size is expected.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      onwarn(warning, warn) {
        // TanStack Query's `"use client"` directives, dropped in a client-only bundle.
        if (warning.message.includes('use client')) return;
        warn(warning);
      },
    },
  },
});
