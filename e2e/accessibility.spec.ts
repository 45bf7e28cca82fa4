import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { PANEL_NAMES, panel, workerHeading } from './support'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const EMPTY_STATE =
  /No output|no output|No messages|no messages|No sources cited\.|No files produced\.|No structured output\./

/** Runs axe on the page as it is now; fails with a readable list of serious/critical issues. */
async function expectNoSeriousViolations(page: Page, view = '') {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
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

type Scan = {
  name: string
  /** Scanned in the dark scheme as well. */
  dark: boolean
  prepare: (page: Page) => Promise<void>
  /** A part of the page that must have no violation at all, whatever its impact. */
  spotless?: string
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

/*
 * More pages and states, scanned with real content at the default size; `dark: true` scans it in
 * the dark scheme as well. The home, worker and task pages at both widths and schemes are below.
 */
const SCANS: Scan[] = [
  {
    name: 'home page with an error message in the paste box',
    dark: false,
    prepare: async (page) => {
      await page.goto('/')
      const box = page.getByRole('textbox', { name: 'Worker ID or Handinger dashboard URL' })
      await box.fill('not an id!')
      await box.press('Enter')
      await expect(page.getByRole('alert')).toBeVisible()
      await expect(box).toHaveAccessibleDescription(/is not a worker ID/)
    },
  },
  {
    name: 'completed worker with every panel filled: /workers/wrk_demo-research/tasks/tsk_demo-pricing',
    dark: false,
    prepare: (page) => completedWorker(page, '/workers/wrk_demo-research/tasks/tsk_demo-pricing'),
  },
  {
    name: 'failed worker with its error box open',
    dark: true,
    prepare: async (page) => {
      await page.goto('/workers/wrk_demo-failed')
      const problem = page.getByRole('alert').filter({ hasText: 'This worker reported an error' })
      await expect(problem).toBeVisible()
      await problem.getByRole('button', { name: 'Show JSON' }).click()
      await expect(problem).toContainText('"budget_exceeded"')
    },
  },
  {
    name: 'hostile worker',
    dark: false,
    prepare: async (page) => {
      await page.goto('/workers/wrk_demo-hostile')
      await expect(workerHeading(page, 'wrk_demo-hostile')).toBeVisible()
    },
  },
  {
    name: 'error page',
    dark: true,
    prepare: async (page) => {
      await page.goto('/workers/wrk_demo-forbidden')
      await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible()
    },
  },
  {
    name: 'not-found page',
    dark: false,
    prepare: async (page) => {
      await page.goto('/nope/deeper')
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    },
  },
  {
    name: 'file preview dialog',
    dark: true,
    spotless: 'dialog',
    prepare: async (page) => {
      await page.goto('/workers/wrk_demo-research/tasks/tsk_demo-summary')
      const files = panel(page, 'Files')
      await files.getByRole('button', { name: 'Preview open-questions.csv' }).click()
      const dialog = page.getByRole('dialog', { name: 'Preview of open-questions.csv' })
      await expect(dialog.getByRole('table')).toBeVisible()
    },
  },
]

/* One page after another, as a person moves through the app; each step is reported apart. */
for (const scheme of ['light', 'dark'] as const) {
  test(`every kind of page passes axe in the ${scheme} colour scheme`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.emulateMedia({ colorScheme: scheme })
    for (const scan of SCANS.filter((item) => scheme === 'light' || item.dark)) {
      await test.step(scan.name, async () => {
        await scan.prepare(page)
        if (scheme === 'dark') await expectDarkPage(page)
        await expectNoSeriousViolations(page)
        if (scan.spotless) {
          const results = await new AxeBuilder({ page }).include(scan.spotless).analyze()
          expect(results.violations).toEqual([])
        }
      })
    }
  })
}

/*
 * The three kinds of page at a desktop and a phone width, in light and dark: one test per page,
 * its four views in a loop (each view loaded afresh, as a person opening it would).
 */
const VIEWS = [1280, 390].flatMap((width) =>
  (['light', 'dark'] as const).map((scheme) => ({ width, scheme })),
)

const PAGES: Array<[string, (page: Page) => Promise<void>]> = [
  [
    'home page',
    async (page) => {
      await page.goto('/')
      await expect(page.getByRole('link', { name: 'Heat-pump subsidies (live)' })).toBeVisible()
    },
  ],
  ['worker page', (page) => completedWorker(page, '/workers/wrk_demo-research')],
  [
    'task page of a running task',
    async (page) => {
      await page.goto('/workers/wrk_demo-long-running/tasks/tsk_demo-long-running')
      await expect(workerHeading(page, 'wrk_demo-long-running')).toBeVisible()
      await expect(page.getByRole('article', { name: 'Task: Dealer network crawl' })).toBeVisible()
      await expect(panel(page, 'Output').getByRole('table')).toBeVisible()
      await expect(panel(page, 'Messages')).toContainText('Running')
    },
  ],
]

for (const [name, prepare] of PAGES) {
  test(`${name}: at 1280 and 390 px wide, light and dark`, async ({ page }) => {
    test.setTimeout(150_000)
    for (const { width, scheme } of VIEWS) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 })
      await page.emulateMedia({ colorScheme: scheme })
      await prepare(page)
      if (scheme === 'dark') await expectDarkPage(page)
      await expectNoSeriousViolations(page, `at ${width} px, ${scheme}`)
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
