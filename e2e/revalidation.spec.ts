import { fileURLToPath } from 'node:url'
import { expect, type Response, test } from '@playwright/test'
import { type RecordingServer, startRecordingServer } from '../src/test/node/recording-server.ts'
import { type RunningServer, startServer } from '../src/server/node/server.ts'
import { statusBadge, workerHeading } from './support'

/*
 * A running 1 MB worker polled through the production server: once the page holds it, each
 * poll that brings nothing new is a 304 of a few hundred bytes (the page asks with the ETag of
 * the body it holds and keeps what it parsed from it), and the change still arrives.
 */
const distDir = fileURLToPath(new URL('../dist', import.meta.url))
const UNCHANGED_POLLS = 3
// Pseudo-random letters, so gzip cannot shrink the megabyte to nothing (it keeps about 60%).
const PADDING = (() => {
  let seed = 42
  let text = ''
  while (text.length < 1024 * 1024) {
    // xorshift32
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    seed >>>= 0
    text += String.fromCharCode(97 + (seed % 26))
  }
  return text
})()

function workerJson(status: 'running' | 'completed') {
  const report = '# Revalidation check\n\nStill the same answer.\n'
  return {
    id: 'wrk_big1',
    object: 'worker',
    created_at: 1752400000,
    status,
    running: status === 'running',
    error: null,
    incomplete_details: null,
    metadata: {},
    messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Go.' }] }],
    output: [],
    output_text: report,
    sources: [],
    files: [],
    structured_output: null,
    // A megabyte the page never shows, as a big run's messages would weigh.
    padding: PADDING,
  }
}

let fake: RecordingServer
let app: RunningServer

test.beforeAll(async () => {
  let workerReads = 0
  fake = await startRecordingServer((req, res) => {
    // The worker's delivery log and schedules: another person's worker, as far as they go.
    if (req.url !== '/api/workers/wrk_big1') {
      res.writeHead(403, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ error: 'Only the worker creator can do this.' }))
      return
    }
    // Unchanged for the first polls, then the run completes.
    workerReads += 1
    const done = workerReads > UNCHANGED_POLLS + 1
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(workerJson(done ? 'completed' : 'running')))
  })
  app = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir,
    upstream: { baseUrl: fake.baseUrl, apiKey: 'hdg_live_e2e_revalidate' },
  })
})

test.afterAll(async () => {
  await app?.close()
  await fake?.close()
})

test('an unchanged poll of a 1 MB worker is a tiny 304, and the change still arrives', async ({
  page,
}) => {
  const polls: { status: number; bodyBytes: number; headerBytes: number }[] = []
  const recorded: Promise<void>[] = []
  page.on('response', (response: Response) => {
    // The worker read only: the worker's delivery log and schedules are other reads.
    if (new URL(response.url()).pathname !== '/api/workers/wrk_big1') return
    recorded.push(
      response
        .request()
        .sizes()
        .then((sizes) => {
          polls.push({
            status: response.status(),
            bodyBytes: sizes.responseBodySize,
            headerBytes: sizes.responseHeadersSize,
          })
        }),
    )
  })

  // Polling, as when the live watch cannot reach the page (a page with its stream gets no
  // poll at all: e2e/live-watch.spec.ts).
  await page.route('**/_app/watch/**', (route) => route.abort())
  // The page's clock moves when the test moves it: each step is a poll interval.
  await page.clock.install()
  await page.goto(`${app.url}/workers/wrk_big1`)
  await expect(workerHeading(page, 'wrk_big1')).toBeVisible()
  await expect(statusBadge(page, 'Running')).toBeVisible()
  await expect(async () => {
    await page.clock.runFor(2_000)
    await expect(statusBadge(page, 'Completed')).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 30_000 })
  await expect(page.getByRole('heading', { name: 'Revalidation check' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await Promise.all(recorded)

  // The first body: drawn by the server into the page's first screen, and preloaded by the page
  // (too big to carry inside it), compressed on the wire.
  const [first, ...rest] = polls
  expect(first?.status).toBe(200)
  expect(first?.bodyBytes).toBeGreaterThan(512 * 1024)
  // Each poll's If-None-Match (the ETag of the body the page holds) gets the 304 itself: no body, only headers.
  const unchanged = rest.filter((poll) => poll.bodyBytes === 0)
  expect(unchanged.length).toBeGreaterThanOrEqual(UNCHANGED_POLLS - 1)
  for (const poll of unchanged) {
    expect(poll.status).toBe(304)
    expect(poll.headerBytes).toBeLessThan(1000)
  }
  // The completed worker came as a full body after them.
  expect(polls.at(-1)?.bodyBytes).toBeGreaterThan(512 * 1024)
  test.info().annotations.push({
    type: 'bytes per poll',
    description: polls.map((p) => `${p.status}:${p.bodyBytes + p.headerBytes}`).join(' '),
  })
})
