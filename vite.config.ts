/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { inspectorDevServer } from './src/server/node/dev-plugin.ts'
import { readEnv } from './src/server/node/env.ts'

const env = readEnv()

// The markdown worker has no DOM: entities are decoded with the table, not the browser build.
const entityTable = fileURLToPath(
  new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
)

export default defineConfig({
  plugins: [react(), tailwindcss(), inspectorDevServer(env)],
  worker: {
    format: 'es',
    plugins: () => [
      {
        name: 'worker-entity-table',
        enforce: 'pre',
        resolveId: (id) => (id === 'decode-named-character-reference' ? entityTable : null),
      },
    ],
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: env.port, host: env.host, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    benchmark: { include: ['bench/**/*.bench.{ts,tsx}'] },
  },
})
