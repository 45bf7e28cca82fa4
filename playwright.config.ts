import { defineConfig, devices } from '@playwright/test'
import { chromiumPath, isExecutable, missingChromiumMessage } from './e2e/chromium.ts'

// Debian's Chromium, never a downloaded browser build (`npm test` installs it where it can).
const executablePath = chromiumPath()
if (!isExecutable(executablePath)) throw new Error(missingChromiumMessage(executablePath))

// E2E_PORT lets several checkouts run the suite side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4179)

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Tests, not files, are shared out, so one long file does not hold up the run.
  fullyParallel: true,
  // Two at a time: CI machines have two cores. Tests share no state but the simulated API, whose
  // stateful workers (live, rate limit, flaky) keep their state per visitor or per test.
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'debian-chromium',
      use: {
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
      },
    },
  ],
  // The compiled production server in demo mode, built fresh so no stale dist/ is ever tested.
  // Empty settings override a developer's .env (real variables win over it).
  webServer: {
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
})
