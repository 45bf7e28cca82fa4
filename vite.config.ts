/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { inspectorDevServer } from './src/server/node/dev-plugin.ts'
import { readEnv } from './src/server/node/env.ts'

const env = readEnv()

export default defineConfig({
  plugins: [react(), tailwindcss(), inspectorDevServer(env)],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: env.port, host: env.host, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
  },
})
