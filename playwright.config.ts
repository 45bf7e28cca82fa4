import { defineConfig, devices } from '@playwright/test'
import { chromiumPath, isExecutable, missingChromiumMessage } from './e2e/chromium.ts'

// Debian's Chromium, never a downloaded browser build (`npm test` installs it where it can).
const executablePath = chromiumPath()
if (!isExecutable(executablePath)) throw new Error(missingChromiumMessage(executablePath))

// E2E_PORT and E2E_WORKERD_PORT let several checkouts run the suite side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4179)
const WORKERD_PORT = Number(process.env.E2E_WORKERD_PORT ?? 4189)
// E2E_WORKERD=0 leaves workerd out, for a quicker run of one spec file while working on it.
const withWorkerd = process.env.E2E_WORKERD !== '0'

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
}

export default defineConfig({
  testDir: 'e2e',
  // Journeys walk several pages each; a busy machine only makes them wait longer.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Tests, not files, are shared out, so one long file does not hold up the run.
  fullyParallel: true,
  // Two at a time: CI machines have two cores. Tests share no state but the simulated API, whose
  // stateful workers (live, rate limit, flaky) keep their state per visitor or per test.
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'debian-chromium',
      use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` },
    },
    /*
     * The same app on workerd (Cloudflare's runtime, through `wrangler dev`), for the journeys
     * tagged @workerd: pages and links (the SPA fallback and the assets on the edge entry), a
     * run page's first screen drawn on the edge with its answers and stylesheet inside (the
     * manifest and stylesheet read through the assets binding), the file route
     * previewing files of another host, the live watch shared by viewers through its Durable
     * Object, and a snapshot link (the edge's store).
     */
    ...(withWorkerd
      ? [
          {
            name: 'workerd-chromium',
            grep: /@workerd/,
            use: { ...chromium, baseURL: `http://127.0.0.1:${WORKERD_PORT}` },
          },
        ]
      : []),
  ],
  /*
   * Started one after the other. First the compiled production server in demo mode, built fresh
   * so no stale dist/ is ever tested; empty settings override a developer's .env (real variables
   * win over it). Then workerd on that same build (local only: no login, no network, no
   * telemetry).
   */
  webServer: [
    {
      command: 'npm run build && npm run serve',
      url: `http://127.0.0.1:${PORT}/_app/config`,
      env: {
        PORT: String(PORT),
        HOST: '127.0.0.1',
        HANDINGER_API_KEY: '',
        ACCESS_MODE: '',
        PUBLIC_URL: '',
        ALLOWED_HOSTS: '',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
    },
    ...(withWorkerd
      ? [
          {
            command: `npx wrangler dev --local --ip 127.0.0.1 --port ${WORKERD_PORT} --log-level warn --show-interactive-dev-session=false --var ACCESS_MODE:none`,
            url: `http://127.0.0.1:${WORKERD_PORT}/_app/config`,
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
            stdout: 'ignore' as const,
          },
        ]
      : []),
  ],
})
