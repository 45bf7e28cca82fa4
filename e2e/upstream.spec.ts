import { readdir, readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { expect, type Page, test } from '@playwright/test'
import { type RecordingServer, startRecordingServer } from '../src/test/node/recording-server.ts'
import { type RunningServer, startServer } from '../src/server/node/server.ts'
import { panel, workerHeading } from './support'

/*
 * The production server in live mode, forwarding /api to a fake Handinger that runs in this
 * test process. Checks the key reaches Handinger and never reaches the browser.
 */
const API_KEY = 'hdg_live_e2e_SECRET_123'
const SECRET_FRAGMENTS = [API_KEY, 'SECRET_123']
const distDir = fileURLToPath(new URL('../dist', import.meta.url))

function workerJson(taskId: string | null) {
  const task = taskId ?? 'tsk_real2'
  const title = taskId ? 'Supplier shortlist (task tsk_real1)' : 'Supplier shortlist (latest task)'
  const report = `# ${title}\n\nThree suppliers meet the brief. **Nordrad** is the cheapest.\n`
  return {
    id: 'wrk_real1',
    object: 'worker',
    created_at: 1752400000,
    status: 'completed',
    running: false,
    url: `https://v3.handinger.com/worker/wrk_real1/task/${task}`,
    error: null,
    incomplete_details: null,
    metadata: { team: 'procurement' },
    messages: [
      {
        id: 'msg_real_1',
        role: 'user',
        parts: [{ type: 'text', text: 'Find three cargo-bike frame suppliers in the EU.' }],
      },
      {
        id: 'msg_real_2',
        role: 'assistant',
        parts: [
          { type: 'step-start' },
          { type: 'reasoning', text: 'Search trade directories first.', state: 'done' },
          {
            type: 'tool-web_search',
            toolCallId: 'call_real_1',
            state: 'output-available',
            input: { query: 'cargo bike frame supplier EU' },
            output: { results: [{ title: 'Nordrad', url: 'https://nordrad.example/' }] },
          },
          { type: 'source-url', sourceId: 'src_real_1', url: 'https://nordrad.example/' },
          { type: 'text', text: report, state: 'done' },
        ],
      },
    ],
    output: [
      {
        id: 'out_real_1',
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text: report }],
      },
    ],
    output_text: report,
    sources: [
      { id: 'src_real_1', type: 'url', title: 'Nordrad frames', url: 'https://nordrad.example/' },
      { id: 'src_real_2', type: 'url', title: null, url: 'https://www.velo-parts.example/b2b' },
    ],
    files: [
      {
        filename: 'supplier-shortlist.csv',
        mediaType: 'text/csv',
        url: 'https://files.handinger.example/wrk_real1/supplier-shortlist.csv',
        size: 2048,
      },
    ],
    structured_output: { suppliers: ['Nordrad', 'VeloParts', 'Ferrum'], cheapest: 'Nordrad' },
    usage: { credits: 120, durationMs: 83_000 },
  }
}

/** The fake Handinger: two known answers, 404 for everything else. */
function answerLikeHandinger(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://fake.invalid')
  const taskId = url.searchParams.get('taskId')
  const known =
    url.pathname === '/api/workers/wrk_real1' && (taskId === null || taskId === 'tsk_real1')
  response.writeHead(known ? 200 : 404, {
    'Content-Type': 'application/json',
    // Upstream headers that must not reach the browser.
    'Set-Cookie': 'hdg_session=upstream-only; HttpOnly',
  })
  response.end(JSON.stringify(known ? workerJson(taskId) : { error: 'Worker not found' }))
}

const UNREADABLE = 'Headers not readable:'

/** Everything the browser saw: responses (URL, headers, body), console and the final HTML. */
function recordBrowserView(page: Page) {
  const seen: Promise<string>[] = []
  page.on('response', (response) => {
    seen.push(
      (async () => {
        // Never a rejection: a response still arriving as the test closes the page is not read.
        const headers = await response.allHeaders().then(JSON.stringify, () => null)
        if (headers === null) return `${UNREADABLE} ${response.url()}`
        const body = await response.text().catch(() => '')
        return `${response.url()}\n${headers}\n${body}`
      })(),
    )
  })
  page.on('console', (message) => seen.push(Promise.resolve(message.text())))
  return {
    count: () => seen.length,
    all: async () => {
      const texts = [...(await Promise.all(seen)), await page.content()]
      // Every response seen while the page was open was read.
      expect(texts.filter((text) => text.startsWith(UNREADABLE))).toEqual([])
      return texts
    },
  }
}

let fake: RecordingServer
let app: RunningServer

test.beforeAll(async () => {
  fake = await startRecordingServer(answerLikeHandinger)
  app = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir,
    upstream: { baseUrl: fake.baseUrl, apiKey: API_KEY },
  })
})

test.afterAll(async () => {
  await app?.close()
  await fake?.close()
})

test('the proxy adds the key upstream and never shows it to the browser', async ({ page }) => {
  const view = recordBrowserView(page)
  fake.requests.length = 0

  await page.goto(`${app.url}/workers/wrk_real1`)
  await expect(workerHeading(page, 'wrk_real1')).toBeVisible()
  await expect(
    panel(page, 'Output').getByRole('heading', { name: 'Supplier shortlist (latest task)' }),
  ).toBeVisible()
  await expect(page.getByText('120 credits · 1m 23s', { exact: true })).toBeVisible()
  await expect(panel(page, 'Sources').getByRole('link', { name: 'Nordrad frames' })).toBeVisible()
  await expect(
    panel(page, 'Files').getByText('supplier-shortlist.csv', { exact: true }),
  ).toBeVisible()
  await expect(panel(page, 'Structured output')).toContainText('cheapest: "Nordrad"')

  // Live mode: no demo badge once the config has loaded (the header link is rendered with it).
  await page.goto(app.url)
  await expect(page.getByRole('heading', { name: 'Inspect a Handinger worker' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recently opened' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Demo workers' })).toHaveCount(0)
  await expect(page.getByText('Demo data', { exact: true })).toHaveCount(0)

  // Recent runs are named by their question; the link still leads to the worker.
  await page
    .getByRole('region', { name: 'Recently opened' })
    .locator('a[href="/workers/wrk_real1"]')
    .click()
  await expect(workerHeading(page, 'wrk_real1')).toBeVisible()
  await page.goto(`${app.url}/workers/wrk_real1/tasks/tsk_real1`)
  await expect(
    panel(page, 'Output').getByRole('heading', { name: 'Supplier shortlist (task tsk_real1)' }),
  ).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: 'tsk_real1' })).toBeVisible()
  await expect(page.getByText('Demo data', { exact: true })).toHaveCount(0)

  // What Handinger received.
  const paths = fake.requests.map((request) => request.url)
  expect(paths).toContain('/api/workers/wrk_real1')
  expect(paths).toContain('/api/workers/wrk_real1?taskId=tsk_real1')
  for (const request of fake.requests) {
    expect(request.method).toBe('GET')
    // The worker read, and on a task page the task's own read.
    expect(request.url).toMatch(/^\/api\/(workers|tasks)\//)
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`)
    // The browser's own cookies and headers are not forwarded.
    expect(request.headers.cookie).toBeUndefined()
  }

  // What the browser received: pages, bundles, API answers, console, and the final DOM.
  expect(view.count()).toBeGreaterThan(5)
  const texts = await view.all()
  const bundleDir = `${distDir}/assets`
  for (const name of await readdir(bundleDir)) {
    texts.push(`${name}\n${await readFile(`${bundleDir}/${name}`, 'utf8')}`)
  }
  // The capture really holds the API answers and the bundles.
  expect(texts.some((text) => text.includes('Supplier shortlist (task tsk_real1)'))).toBe(true)
  expect(texts.some((text) => text.includes('/api/workers/wrk_real1?taskId=tsk_real1'))).toBe(true)
  for (const text of texts) {
    for (const fragment of SECRET_FRAGMENTS) {
      expect(text.includes(fragment), `secret leaked in: ${text.slice(0, 200)}`).toBe(false)
    }
    expect(text).not.toContain('hdg_session')
  }
})
