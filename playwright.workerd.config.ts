import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

/*
 * The same app on workerd (Cloudflare's runtime, through `wrangler dev`, local only: no login,
 * no network, no telemetry). A chosen subset: the home page and the live worker run across
 * requests (the demo API, polling, downloads), a task deep link with a reload and an unknown
 * route (the SPA fallback and the assets on the edge entry), the file route previewing files
 * of another host (its checks and headers on the edge entry), the live watch shared by two
 * pages through its Durable Object, and a run page's first screen drawn on the edge (React's
 * server rendering on workerd, the reads through the app itself, the manifest read through the
 * assets binding).
 */
const PORT = Number(process.env.E2E_WORKERD_PORT ?? 4189)

export default defineConfig({
  ...base,
  testMatch: [
    'demo-flow.spec.ts',
    'deep-link.spec.ts',
    'file-preview.spec.ts',
    'live-watch.spec.ts',
    'first-screen.spec.ts',
  ],
  grep: /demo workers in demo mode|live worker runs to completion|task deep link|unknown route|files on another host|share one watch|first screen is drawn|takes the first screen over/,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  projects: (base.projects ?? []).map((project) => ({ ...project, name: 'workerd-chromium' })),
  webServer: {
    command: `npm run build && npx wrangler dev --local --ip 127.0.0.1 --port ${PORT} --log-level warn --show-interactive-dev-session=false --var ACCESS_MODE:none`,
    url: `http://127.0.0.1:${PORT}/_app/config`,
    env: {
      // Demo mode, and nothing phones home.
      HANDINGER_API_KEY: '',
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_SEND_ERROR_REPORTS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      CLOUDFLARE_API_TOKEN: '',
      CLOUDFLARE_ACCOUNT_ID: '',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
  },
})
