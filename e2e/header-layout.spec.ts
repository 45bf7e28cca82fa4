import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { expect, type Page, test } from '@playwright/test'
import { type RecordingServer, startRecordingServer } from '../src/test/node/recording-server.ts'
import { type RunningServer, startServer } from '../src/server/node/server.ts'
import { workerHeading } from './support'

/*
 * The app bar of a shared deployment, laid out by a real browser: signed in (team or byok), its
 * buttons sit together at the right end of one row, on a desktop and on a phone; the access page
 * has none of them. Screenshots of each go to the test's output folder.
 */
const distDir = fileURLToPath(new URL('../dist', import.meta.url))
const SESSION_SECRET = 'e2e-session-secret-0123456789abcdef'
const TEAM_SECRET = 'team-secret-E2E-4711'
const KEY = 'hdg_live_layout_KEY_03'

function answer(request: IncomingMessage, response: ServerResponse) {
  response.setHeader('Content-Type', 'application/json')
  const id = new URL(request.url ?? '/', 'http://fake.invalid').pathname.split('/')[3]
  if (id !== 'wrk_alpha') return response.writeHead(404).end('{"error":"Worker not found"}')
  response.writeHead(200).end(
    JSON.stringify({
      id,
      object: 'worker',
      created_at: 1752400000,
      status: 'completed',
      running: false,
      messages: [],
      output_text: 'Done.',
      sources: [],
      files: [],
    }),
  )
}

let fake: RecordingServer
const servers: Record<'team' | 'byok', RunningServer | undefined> = {
  team: undefined,
  byok: undefined,
}

test.beforeAll(async () => {
  fake = await startRecordingServer(answer)
  const common = { port: 0, host: '127.0.0.1', distDir }
  servers.team = await startServer({
    ...common,
    upstream: { baseUrl: fake.baseUrl, apiKey: 'hdg_live_server_KEY_77' },
    access: {
      mode: 'team',
      secret: TEAM_SECRET,
      identityHeader: null,
      sessionSecret: SESSION_SECRET,
      sessionDays: 1,
    },
  })
  servers.byok = await startServer({
    ...common,
    upstream: { baseUrl: fake.baseUrl },
    access: { mode: 'byok', sessionSecret: SESSION_SECRET, sessionDays: 1 },
  })
})

test.afterAll(async () => {
  await servers.team?.close()
  await servers.byok?.close()
  await fake?.close()
})

const CONTROLS = ['Open a run…', 'Shortcuts', 'Sign out']

async function controlBoxes(page: Page) {
  const header = page.getByRole('banner')
  return Promise.all(
    CONTROLS.map(async (name) => {
      const box = await header.getByRole('button', { name, exact: true }).boundingBox()
      if (!box) throw new Error(`${name} is not shown`)
      return box
    }),
  )
}

for (const mode of ['team', 'byok'] as const) {
  for (const width of [1280, 390]) {
    test(`${mode}, ${width} px: the header's buttons stay together at the right`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 800 })
      const server = servers[mode]
      if (!server) throw new Error('server not started')
      await page.goto(`${server.url}/workers/wrk_alpha`)
      const label = mode === 'team' ? 'Access secret' : 'Handinger API key'
      await expect(page.getByLabel(label)).toBeVisible()
      await page.screenshot({ path: testInfo.outputPath(`${mode}-${width}-access.png`) })
      await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0)

      await page.getByLabel(label).fill(mode === 'team' ? TEAM_SECRET : KEY)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(workerHeading(page, 'wrk_alpha')).toBeVisible()
      await page.screenshot({ path: testInfo.outputPath(`${mode}-${width}-signed-in.png`) })

      const boxes = await controlBoxes(page)
      const [first] = boxes
      const last = boxes.at(-1)
      if (!first || !last) throw new Error('no controls')
      for (const [index, box] of boxes.entries()) {
        // One row, in order, each a small gap after the one before.
        expect(Math.abs(box.y - first.y), CONTROLS[index]).toBeLessThan(2)
        const before = boxes[index - 1]
        if (before) expect(box.x - (before.x + before.width)).toBeLessThanOrEqual(12)
      }
      // At the right end of the bar (its padding is 16 px), and nothing past the screen's edge.
      expect(width - (last.x + last.width)).toBeLessThanOrEqual(24)
      expect(first.x).toBeGreaterThan(0)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width)
    })
  }
}
