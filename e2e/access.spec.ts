import { AxeBuilder } from '@axe-core/playwright'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { type RecordingServer, startRecordingServer } from '../src/test/node/recording-server.ts'
import { type RunningServer, startServer } from '../src/server/node/server.ts'
import { panel, workerHeading } from './support'

/*
 * Shared deployments in a real Chromium: the production server in team mode (one shared
 * secret) and in bring-your-own-key mode (each person's key, a fake Handinger that answers per
 * key). Served on http://127.0.0.1, where Chromium keeps Secure cookies like on HTTPS.
 */
const distDir = fileURLToPath(new URL('../dist', import.meta.url))
const SESSION_SECRET = 'e2e-session-secret-0123456789abcdef'
const TEAM_SECRET = 'team-secret-E2E-4711'
const SERVER_KEY = 'hdg_live_server_KEY_77'
const KEY_A = 'hdg_live_alice_KEY_01'
const KEY_B = 'hdg_live_bob_KEY_02'
/** A key Handinger does not take (revoked, or mistyped). */
const KEY_X = 'hdg_live_revoked_KEY_09'

/** What each key may read: Alice owns wrk_alpha, Bob owns wrk_beta. */
const OWNED: Record<string, string> = {
  [`Bearer ${SERVER_KEY}`]: 'wrk_alpha',
  [`Bearer ${KEY_A}`]: 'wrk_alpha',
  [`Bearer ${KEY_B}`]: 'wrk_beta',
}

function worker(id: string) {
  const answer = `# Report of ${id}\n\nOnly its owner can read this.\n`
  return {
    id,
    object: 'worker',
    created_at: 1752400000,
    status: 'completed',
    running: false,
    messages: [{ id: `msg_${id}`, role: 'user', parts: [{ type: 'text', text: `Task ${id}` }] }],
    output_text: answer,
    sources: [],
    files: [],
    usage: { credits: 3, durationMs: 1000 },
  }
}

function answerPerKey(request: IncomingMessage, response: ServerResponse) {
  const owned = OWNED[request.headers.authorization ?? '']
  const id = new URL(request.url ?? '/', 'http://fake.invalid').pathname.split('/')[3]
  response.setHeader('Content-Type', 'application/json')
  if (!owned) {
    response.writeHead(401).end(JSON.stringify({ error: 'Invalid API key' }))
  } else if (id !== owned) {
    response.writeHead(404).end(JSON.stringify({ error: 'Worker not found' }))
  } else {
    response.writeHead(200).end(JSON.stringify(worker(id)))
  }
}

let fake: RecordingServer
let team: RunningServer
let byok: RunningServer

test.beforeAll(async () => {
  fake = await startRecordingServer(answerPerKey)
  const common = { port: 0, host: '127.0.0.1', distDir }
  team = await startServer({
    ...common,
    upstream: { baseUrl: fake.baseUrl, apiKey: SERVER_KEY },
    access: {
      mode: 'team',
      secret: TEAM_SECRET,
      identityHeader: null,
      sessionSecret: SESSION_SECRET,
      sessionDays: 1,
    },
  })
  byok = await startServer({
    ...common,
    upstream: { baseUrl: fake.baseUrl },
    access: { mode: 'byok', sessionSecret: SESSION_SECRET, sessionDays: 1 },
  })
})

test.afterAll(async () => {
  await team?.close()
  await byok?.close()
  await fake?.close()
})

/** Everything the browser received, to prove a secret never came back to it. */
function recordResponses(page: Page) {
  const seen: Promise<string>[] = []
  page.on('response', (response) => {
    seen.push(
      (async () =>
        `${JSON.stringify(await response.allHeaders())}\n${await response.text().catch(() => '')}`)(),
    )
  })
  return async () => [...(await Promise.all(seen)), await page.content()]
}

/** No axe violation of any impact, in the light colour scheme and in the dark one. */
async function expectAccessible(page: Page) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze()
    expect(violations, `axe, ${colorScheme} colour scheme`).toEqual([])
  }
  await page.emulateMedia({ colorScheme: null })
}

async function signIn(page: Page, label: string, value: string) {
  await page.getByLabel(label).fill(value)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function sessionCookie(context: BrowserContext) {
  const cookies = await context.cookies()
  expect(cookies).toHaveLength(1)
  return cookies[0]
}

test('team: a deep link asks for the secret once, then lands; sign-out asks again; both pass axe', async ({
  page,
  context,
}) => {
  const responses = recordResponses(page)
  const deepLink = `${team.url}/workers/wrk_alpha`
  await page.goto(deepLink)
  await expect(page.getByRole('heading', { name: 'Access' })).toBeVisible()
  await expect(workerHeading(page, 'wrk_alpha')).toHaveCount(0)
  const unauthorized = await page.request.get(`${team.url}/api/workers/wrk_alpha`)
  expect(unauthorized.status()).toBe(401)
  expect(await unauthorized.json()).toEqual({ error: expect.any(String), access: 'team' })

  await signIn(page, 'Access secret', 'not the secret at all')
  await expect(page.getByRole('alert')).toHaveText('That access secret is not right.')
  await expectAccessible(page)
  await signIn(page, 'Access secret', TEAM_SECRET)
  await expect(workerHeading(page, 'wrk_alpha')).toBeVisible()
  await expect(
    panel(page, 'Output').getByRole('heading', { name: 'Report of wrk_alpha' }),
  ).toBeVisible()
  expect(page.url()).toBe(deepLink)
  // The sign-out button in the header, too.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expectAccessible(page)

  const cookie = await sessionCookie(context)
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' })
  expect(cookie?.value).not.toContain(TEAM_SECRET)
  expect(await page.evaluate(() => document.cookie)).toBe('')

  // The session outlives a reload, and another deep link needs no second sign-in.
  await page.goto(`${team.url}/workers/wrk_alpha`)
  await expect(workerHeading(page, 'wrk_alpha')).toBeVisible()

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Access' })).toBeVisible()
  expect(await context.cookies()).toEqual([])
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Access' })).toBeVisible()

  for (const text of await responses()) expect(text).not.toContain(TEAM_SECRET)
})

test('byok: a rejected key is refused; each good key sees only its own workers; sign-out forgets the key and the data', async ({
  page,
  context,
}) => {
  const responses = recordResponses(page)
  fake.requests.length = 0
  await page.goto(`${byok.url}/workers/wrk_alpha`)
  await expect(page.getByRole('heading', { name: 'Use your Handinger key' })).toBeVisible()
  expect(fake.requests).toEqual([])

  // The key is asked about once, at sign-in; Handinger's 401 keeps the person out.
  await signIn(page, 'Handinger API key', KEY_X)
  await expect(page.getByRole('alert')).toContainText('This key was rejected by Handinger.')
  expect(await context.cookies()).toEqual([])
  expect(fake.requests.map((request) => request.headers.authorization)).toEqual([`Bearer ${KEY_X}`])
  const aliceFrom = fake.requests.length

  await signIn(page, 'Handinger API key', KEY_A)
  await expect(workerHeading(page, 'wrk_alpha')).toBeVisible()
  await expect(
    panel(page, 'Output').getByRole('heading', { name: 'Report of wrk_alpha' }),
  ).toBeVisible()
  const cookie = await sessionCookie(context)
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' })
  expect(cookie?.value).not.toContain('alice')
  expect(
    await page.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie),
  ).not.toContain('alice')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Use your Handinger key' })).toBeVisible()
  expect(await context.cookies()).toEqual([])
  await expect(page.getByText('Report of wrk_alpha')).toHaveCount(0)

  // Bob, in the same tab: Alice's worker is not found for him, cached data or not.
  const bobFrom = fake.requests.length
  await signIn(page, 'Handinger API key', KEY_B)
  await expect(
    page.getByRole('alert').getByRole('heading', { name: 'Worker not found' }),
  ).toBeVisible()
  await expect(page.getByText('Report of wrk_alpha')).toHaveCount(0)
  await page.goto(`${byok.url}/workers/wrk_beta`)
  await expect(
    panel(page, 'Output').getByRole('heading', { name: 'Report of wrk_beta' }),
  ).toBeVisible()

  const authorizations = fake.requests.map((request) => request.headers.authorization)
  expect(
    authorizations.slice(aliceFrom, bobFrom).every((value) => value === `Bearer ${KEY_A}`),
  ).toBe(true)
  expect(authorizations.slice(bobFrom)).not.toContain(`Bearer ${KEY_A}`)
  expect(authorizations.slice(bobFrom).length).toBeGreaterThan(0)
  for (const text of await responses()) {
    for (const key of [KEY_A, KEY_B, KEY_X]) expect(text).not.toContain(key)
  }
})
