import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { PANEL_NAMES, panel, workerHeading } from './support'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const EMPTY_STATE =
  /No output|no output|No messages|no messages|No sources cited\.|No files produced\.|No structured output\./

type Scheme = 'light' | 'dark'
type View = { width: number; scheme: Scheme }

/**
 * Runs axe on the page as it is now (or on the parts named); fails with a readable list of
 * serious/critical issues.
 */
async function expectNoSeriousViolations(page: Page, view: string, parts: string[] = []) {
  const builder = new AxeBuilder({ page }).withTags(TAGS)
  for (const part of parts) builder.include(part)
  const results = await builder.analyze()
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  )
  const report = serious
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
        .join('\n')
      const more =
        violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : ''
      return `[${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}${more}`
    })
    .join('\n\n')
  expect(report, `axe found serious violations on ${page.url()} ${view}`).toBe('')
  // Sanity: axe really looked at the page.
  expect(results.passes.length).toBeGreaterThan(0)
}

/** Fails unless the page really renders dark: the OS preference is seen and the body is dark. */
async function expectDarkPage(page: Page) {
  const { prefersDark, luminance } = await page.evaluate(() => {
    // A canvas turns any CSS colour syntax (oklch, color-mix…) into plain sRGB.
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const context = canvas.getContext('2d')
    if (!context) throw new Error('No 2D canvas context')
    context.fillStyle = getComputedStyle(document.body).backgroundColor
    context.fillRect(0, 0, 1, 1)
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
    return {
      prefersDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
      luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255,
    }
  })
  expect(prefersDark, 'the browser reports a dark colour scheme').toBe(true)
  expect(luminance, 'the page background is dark').toBeLessThan(0.2)
}

/** Opens a reasoning block, a message's JSON and a structured-output branch. */
async function openCollapsibles(page: Page) {
  const messages = panel(page, 'Messages')
  const reasoning = messages.getByText('Reasoning', { exact: true }).first()
  await reasoning.click()
  await expect(messages.locator('details[open]').first()).toBeVisible()

  await messages.getByRole('button', { name: 'Show JSON' }).first().click()
  await expect(messages.getByRole('button', { name: 'Hide JSON' })).toHaveCount(1)

  const structured = panel(page, 'Structured output')
  const branch = structured.getByRole('button', { expanded: false }).first()
  await branch.click()
  await expect(structured.getByRole('button', { expanded: true })).not.toHaveCount(0)
}

async function completedWorker(page: Page, path: string) {
  await page.goto(path)
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
  for (const name of PANEL_NAMES) {
    await expect(panel(page, name)).toBeVisible()
    await expect(panel(page, name)).not.toContainText(EMPTY_STATE)
  }
  await openCollapsibles(page)
}

type Stop = {
  name: string
  prepare: (page: Page) => Promise<void>
  /** Only these parts are scanned (the rest of the page is another stop's). */
  parts?: string[]
  /** A part of the page that must have no violation at all, whatever its impact. */
  spotless?: string
}

const home: Stop = {
  name: 'home page',
  prepare: async (page) => {
    await page.goto('/')
    await expect(page.getByRole('link', { name: 'Heat-pump subsidies (live)' })).toBeVisible()
  },
}

const homeWithError: Stop = {
  name: 'home page with an error message in the paste box',
  prepare: async (page) => {
    await page.goto('/')
    const box = page.getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' })
    await box.fill('not an id!')
    await box.press('Enter')
    await expect(page.getByRole('alert')).toBeVisible()
    await expect(box).toHaveAccessibleDescription(/is not a worker ID/)
  },
}

const workerPage: Stop = {
  name: 'worker page with every panel filled',
  prepare: (page) => completedWorker(page, '/workers/wrk_demo-research'),
}

const taskPage: Stop = {
  name: 'task page with every panel filled',
  prepare: (page) => completedWorker(page, '/workers/wrk_demo-research/tasks/tsk_demo-pricing'),
}

const runningTask: Stop = {
  name: 'task page of a running task',
  prepare: async (page) => {
    await page.goto('/workers/wrk_demo-long-running/tasks/tsk_demo-long-running')
    await expect(workerHeading(page, 'wrk_demo-long-running')).toBeVisible()
    await expect(page.getByRole('article', { name: 'Task: Dealer network crawl' })).toBeVisible()
    await expect(panel(page, 'Output').getByRole('table')).toBeVisible()
    await expect(panel(page, 'Messages')).toContainText('Running')
  },
}

const failedWorker: Stop = {
  name: 'failed worker with its error box open',
  prepare: async (page) => {
    await page.goto('/workers/wrk_demo-failed')
    const problem = page.getByRole('alert').filter({ hasText: 'This worker reported an error' })
    await expect(problem).toBeVisible()
    await problem.getByRole('button', { name: 'Show JSON' }).click()
    await expect(problem).toContainText('"budget_exceeded"')
  },
}

const hostileWorker: Stop = {
  name: 'hostile worker',
  prepare: async (page) => {
    await page.goto('/workers/wrk_demo-hostile')
    await expect(workerHeading(page, 'wrk_demo-hostile')).toBeVisible()
  },
}

const errorPage: Stop = {
  name: 'error page',
  prepare: async (page) => {
    await page.goto('/workers/wrk_demo-forbidden')
    await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible()
  },
}

const notFound: Stop = {
  name: 'not-found page',
  prepare: async (page) => {
    await page.goto('/nope/deeper')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  },
}

const filePreview: Stop = {
  name: 'file preview dialog',
  spotless: 'dialog',
  prepare: async (page) => {
    await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-summary')
    const files = panel(page, 'Files')
    await files.getByRole('button', { name: 'Preview open-questions.csv' }).click()
    const dialog = page.getByRole('dialog', { name: 'Preview of open-questions.csv' })
    await expect(dialog.getByRole('table')).toBeVisible()
  },
}

const compare: Stop = {
  name: 'two tasks compared',
  prepare: async (page) => {
    await page.goto(
      '/compare?a=wrk_demo-research.tsk_demo-market&b=wrk_demo-research.tsk_demo-pricing',
    )
    await expect(page.getByRole('region', { name: 'Answer' }).locator('ins').first()).toBeVisible()
    await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible()
    // It fits the screen: the page never scrolls sideways, on a phone either.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)
    expect(overflow, 'the compare page scrolls sideways').toBe(false)
  },
}

/* The run header and the sticky panel bar of a run with problems, landed on one, credits open. */
const problems: Stop = {
  name: 'problems chip and credits, landed on a problem',
  parts: ['main header', 'main .sticky'],
  prepare: async (page) => {
    await page.goto('/workers/wrk_demo-problems/tasks/tsk_demo-problems')
    await page.getByText('Where the credits went').click()
    await expect(page.getByRole('table', { name: 'Per turn' })).toBeVisible()
    await page.getByRole('button', { name: '6 problems' }).click()
    await page.getByRole('button', { name: 'Problem 1 of 6' }).click()
    await page.getByRole('button', { name: 'Problem 2 of 6' }).click()
    await expect(page.getByRole('button', { name: 'Next problem, now at 3 of 6' })).toBeVisible()
  },
}

const snapshotDialog: Stop = {
  name: 'snapshot dialog',
  parts: ['dialog'],
  prepare: async (page) => {
    await page.goto('/workers/wrk_demo-research')
    await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
    await page.getByRole('button', { name: 'Share a snapshot' }).click()
    await expect(page.getByRole('dialog', { name: 'Share a snapshot' })).toBeVisible()
  },
}

/*
 * Every kind of page, in the light and the dark colour scheme; the richest ones (a worker, a
 * task, a running task, two runs compared, the problems header) at a desktop width in one scheme
 * and a phone's in the other, so each is seen at both widths and in both schemes. Each stop is
 * loaded afresh at its size, as a person opening it would, and reported as a step of its own.
 * (The access pages are scanned in e2e/access.spec.ts, a snapshot as a stranger sees it in
 * e2e/snapshot-link.spec.ts, the citations' names in e2e/citations.spec.ts.)
 */
const JOURNEYS: Array<{ title: string; scheme: Scheme; stops: Array<[Stop, number]> }> = [
  {
    title: 'pages',
    scheme: 'light',
    stops: [
      [homeWithError, 1280],
      [failedWorker, 1280],
      [hostileWorker, 1280],
      [errorPage, 1280],
      [notFound, 1280],
      [filePreview, 1280],
      [snapshotDialog, 1280],
    ],
  },
  {
    title: 'runs',
    scheme: 'light',
    stops: [
      [taskPage, 1280],
      [runningTask, 390],
      [compare, 1280],
      [problems, 1280],
    ],
  },
  {
    title: 'pages',
    scheme: 'dark',
    stops: [
      [home, 390],
      [failedWorker, 1280],
      [errorPage, 1280],
      [filePreview, 1280],
    ],
  },
  {
    title: 'runs',
    scheme: 'dark',
    stops: [
      [workerPage, 390],
      [runningTask, 1280],
      [compare, 390],
      [problems, 390],
    ],
  },
]

async function visit(page: Page, stop: Stop, { width, scheme }: View) {
  await page.setViewportSize({ width, height: width > 500 ? 900 : 844 })
  await stop.prepare(page)
  if (scheme === 'dark') await expectDarkPage(page)
  await expectNoSeriousViolations(page, `at ${width} px, ${scheme}`, stop.parts)
  if (stop.spotless) {
    const results = await new AxeBuilder({ page }).include(stop.spotless).analyze()
    expect(results.violations).toEqual([])
  }
}

for (const { title, scheme, stops } of JOURNEYS) {
  test(`${title} pass axe in the ${scheme} colour scheme`, async ({ page }) => {
    test.setTimeout(150_000)
    await page.emulateMedia({ colorScheme: scheme })
    for (const [stop, width] of stops) {
      await test.step(`${stop.name}, ${width} px`, () => visit(page, stop, { width, scheme }))
    }
  })
}

test('keyboard: skip link, then the paste box, then Enter opens the worker', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()

  const box = page.getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' })
  let presses = 0
  while (!(await box.evaluate((element) => element === document.activeElement))) {
    expect(presses, 'the paste box is reached within three Tab presses').toBeLessThan(3)
    await page.keyboard.press('Tab')
    presses += 1
  }
  await expect(box).toBeFocused()
  await page.keyboard.type('wrk_demo-research')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/workers\/wrk_demo-research$/)
  await expect(workerHeading(page, 'wrk_demo-research')).toBeVisible()
})
