import { AxeBuilder } from '@axe-core/playwright'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import {
  type Deployments,
  KEY_A,
  KEY_B,
  KEY_X,
  startDeployments,
  TEAM_SECRET,
} from './shared-deployments'
import { panel, workerHeading } from './support'

/*
 * Shared deployments in a real Chromium: team mode and bring-your-own-key (shared-deployments.ts).
 * Each journey also checks the app bar as a real browser lays it out, on a desktop and a phone:
 * signed in, its buttons sit together at the right end of one row; the access page has none.
 */
let deployments: Deployments

test.beforeAll(async () => {
  deployments = await startDeployments()
})

test.afterAll(async () => {
  await deployments?.close()
})

/** Everything the browser received, to prove a secret never came back to it. */
function recordResponses(page: Page) {
  const seen: Promise<string | null>[] = []
  page.on('response', (response) => {
    seen.push(
      // Never a rejection: a response still arriving as the test closes the page is not read.
      response.allHeaders().then(
        async (headers) => `${JSON.stringify(headers)}\n${await response.text().catch(() => '')}`,
        () => null,
      ),
    )
  })
  return async () => {
    const texts = await Promise.all(seen)
    // Every response seen while the page was open was read.
    expect(texts).not.toContain(null)
    return [...texts.filter((text) => text !== null), await page.content()]
  }
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

const CONTROLS = ['Open a run…', 'Shortcuts', 'Sign out']

/** The app bar's buttons stay together, in order, at the right end of one row. */
async function expectHeaderTogether(page: Page, width: number) {
  const header = page.getByRole('banner')
  const boxes = await Promise.all(
    CONTROLS.map(async (name) => {
      const box = await header.getByRole('button', { name, exact: true }).boundingBox()
      if (!box) throw new Error(`${name} is not shown at ${width} px`)
      return box
    }),
  )
  const [first] = boxes
  const last = boxes.at(-1)
  if (!first || !last) throw new Error('no controls')
  for (const [index, box] of boxes.entries()) {
    // One row, in order, each a small gap after the one before.
    expect(Math.abs(box.y - first.y), `${CONTROLS[index]} at ${width} px`).toBeLessThan(2)
    const before = boxes[index - 1]
    if (before) expect(box.x - (before.x + before.width)).toBeLessThanOrEqual(12)
  }
  // At the right end of the bar (its padding is 16 px), and nothing past the screen's edge.
  expect(width - (last.x + last.width)).toBeLessThanOrEqual(24)
  expect(first.x).toBeGreaterThan(0)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width)
}

async function expectNoHeaderButtons(page: Page) {
  await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0)
}

/** A phone's width; the page is loaded afresh at it, as a person opening it there would. */
async function atPhoneWidth(page: Page) {
  await page.setViewportSize({ width: 390, height: 800 })
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

test('team: a deep link asks for the secret once, then lands; sign-out asks again; both pass axe; the app bar at 1280 and 390 px', async ({
  page,
  context,
}, testInfo) => {
  const responses = recordResponses(page)
  const deepLink = `${deployments.team.url}/workers/wrk_alpha`
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(deepLink)
  await expect(page.getByRole('heading', { name: 'Access' })).toBeVisible()
  await expect(workerHeading(page, 'wrk_alpha')).toHaveCount(0)
  await expectNoHeaderButtons(page)
  const unauthorized = await page.request.get(`${deployments.team.url}/api/workers/wrk_alpha`)
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
  // The sign-out button in the header, too, beside the others.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expectHeaderTogether(page, 1280)
  await page.screenshot({ path: testInfo.outputPath('team-1280-signed-in.png') })
  await expectAccessible(page)

  const cookie = await sessionCookie(context)
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' })
  expect(cookie?.value).not.toContain(TEAM_SECRET)
  expect(await page.evaluate(() => document.cookie)).toBe('')

  // The session outlives a reload, and another deep link needs no second sign-in (on a phone).
  await atPhoneWidth(page)
  await page.goto(`${deployments.team.url}/workers/wrk_alpha`)
  await expect(workerHeading(page, 'wrk_alpha')).toBeVisible()
  await expectHeaderTogether(page, 390)
  await page.screenshot({ path: testInfo.outputPath('team-390-signed-in.png') })

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Access' })).toBeVisible()
  expect(await context.cookies()).toEqual([])
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Access' })).toBeVisible()
  await expectNoHeaderButtons(page)

  for (const text of await responses()) expect(text).not.toContain(TEAM_SECRET)
})

test('byok: a rejected key is refused; each good key sees only its own workers; sign-out forgets the key and the data; the app bar at 1280 and 390 px', async ({
  page,
  context,
}, testInfo) => {
  const responses = recordResponses(page)
  deployments.fake.requests.length = 0
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`${deployments.byok.url}/workers/wrk_alpha`)
  await expect(page.getByRole('heading', { name: 'Use your Handinger key' })).toBeVisible()
  await expectNoHeaderButtons(page)
  expect(deployments.fake.requests).toEqual([])

  // The key is asked about once, at sign-in; Handinger's 401 keeps the person out.
  await signIn(page, 'Handinger API key', KEY_X)
  await expect(page.getByRole('alert')).toContainText('This key was rejected by Handinger.')
  expect(await context.cookies()).toEqual([])
  expect(deployments.fake.requests.map((request) => request.headers.authorization)).toEqual([
    `Bearer ${KEY_X}`,
  ])
  const aliceFrom = deployments.fake.requests.length

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
  await expectHeaderTogether(page, 1280)
  await page.screenshot({ path: testInfo.outputPath('byok-1280-signed-in.png') })

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Use your Handinger key' })).toBeVisible()
  expect(await context.cookies()).toEqual([])
  await expect(page.getByText('Report of wrk_alpha')).toHaveCount(0)

  // Bob, in the same tab, now on a phone: Alice's worker is not found for him, cached data or not.
  await atPhoneWidth(page)
  await expectNoHeaderButtons(page)
  const bobFrom = deployments.fake.requests.length
  await signIn(page, 'Handinger API key', KEY_B)
  await expect(
    page.getByRole('alert').getByRole('heading', { name: 'Worker not found' }),
  ).toBeVisible()
  await expect(page.getByText('Report of wrk_alpha')).toHaveCount(0)
  await page.goto(`${deployments.byok.url}/workers/wrk_beta`)
  await expect(
    panel(page, 'Output').getByRole('heading', { name: 'Report of wrk_beta' }),
  ).toBeVisible()
  await expectHeaderTogether(page, 390)
  await page.screenshot({ path: testInfo.outputPath('byok-390-signed-in.png') })

  const authorizations = deployments.fake.requests.map((request) => request.headers.authorization)
  expect(
    authorizations.slice(aliceFrom, bobFrom).every((value) => value === `Bearer ${KEY_A}`),
  ).toBe(true)
  expect(authorizations.slice(bobFrom)).not.toContain(`Bearer ${KEY_A}`)
  expect(authorizations.slice(bobFrom).length).toBeGreaterThan(0)
  for (const text of await responses()) {
    for (const key of [KEY_A, KEY_B, KEY_X]) expect(text).not.toContain(key)
  }
})
