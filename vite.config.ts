/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { inspectorDevServer } from './src/server/node/dev-plugin.ts'
import { NONCE_PLACEHOLDER } from './src/server/page/page-html.ts'
import { precompressAssets } from './src/server/proxy/precompress-assets.ts'

/*
 * Modules the markdown worker gets in place of the ones its packages ask for. It has no DOM, so
 * entities are decoded with the table, loaded when a text needs it; and it always has the
 * native structuredClone, so the polyfill (which uses the native one when present) stays out.
 */
const workerModules: Record<string, string> = {
  'decode-named-character-reference': 'worker-entities.ts',
  '@ungap/structured-clone': 'worker-structured-clone.ts',
}
const workerModule = (id: string) =>
  Object.hasOwn(workerModules, id)
    ? fileURLToPath(new URL(`./src/components/markdown/${workerModules[id]}`, import.meta.url))
    : null

/*
 * The development server does not build the worker apart: page and worker share one set of
 * prebundled packages, so there both get the entity decoder that needs no DOM (with its whole
 * table), or the worker would fail on the DOM one and every long text would stay plain.
 */
const devModules = (command: string): Record<string, string> =>
  command === 'serve'
    ? {
        'decode-named-character-reference': fileURLToPath(
          new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
        ),
      }
    : {}

export default defineConfig(({ command }) => ({
  plugins: [react(), tailwindcss(), inspectorDevServer(), precompressAssets()],
  // Every script and preload tag carries this; the server gives each page answer its own value.
  html: { cspNonce: NONCE_PLACEHOLDER },
  worker: {
    format: 'es',
    plugins: () => [{ name: 'worker-modules', enforce: 'pre', resolveId: workerModule }],
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)), ...devModules(command) },
  },
  // `vite build` builds both: the browser app into dist/ and the Node server into dist/server/,
  // which `npm start` runs with plain node. Packages stay external on the server (SSR default),
  // so `npm ci --omit=dev` supplies them at run time.
  builder: {},
  environments: {
    // The manifest tells the server which chunks each run page preloads and which stylesheet a
    // first screen carries (page/route-chunks.ts), a second entry of the build.
    client: {
      build: {
        manifest: true,
        rollupOptions: { input: { index: 'index.html', 'first-screen': 'src/first-screen.css' } },
      },
    },
    ssr: {
      build: {
        outDir: 'dist/server',
        copyPublicDir: false,
        rollupOptions: { input: { main: 'src/server/node/main.ts' } },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    // Generous: a test waits for events, never for time, so a slow shared machine only makes it
    // wait longer (a file's first test loads the lazy route chunks cold, two files at a time).
    testTimeout: 60_000,
    // Vitest keeps a core for its main process by default, which on a two-core CI machine runs
    // the files one at a time; the main process has little to do once the files are loaded.
    maxWorkers: Math.max(availableParallelism() - 1, 2),
  },
}))
