import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Locator, type Page, test } from '@playwright/test'
import { panel, workerHeading } from './support'

/*
 * The problems chip on the demo's problem run: a 120-message conversation (long enough to mount
 * only a window of it) with four failed tool calls far apart, an aborted follow-up turn and an
 * incomplete answer. Stepping lands on each in page order, in view, focused and highlighted.
 */
const TASK_PAGE = '/workers/wrk_demo-problems/tasks/tsk_demo-problems'

/* The failed call's box inside message n (1-based), as the Messages panel marks it. */
function failedCall(page: Page, message: number): Locator {
  return panel(page, 'Messages')
    .locator(`#message-${message}`)
    .locator('[data-part]')
    .filter({ hasText: 'Failed' })
}

/* No serious accessibility issue (contrast included) in the run header and the panel bar. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('main header')
    .include('main .sticky')
    .analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`)
  expect(serious).toEqual([])
  expect(results.passes.length).toBeGreaterThan(0)
}

async function expectLanded(target: Locator) {
  await expect(target).toBeFocused()
  await expect(target).toHaveAttribute('data-landed', '')
  await expect(target).toBeInViewport()
}

test('the chip counts the problems of a long run and e / E step through them in page order', async ({
  page,
}) => {
  await page.goto(TASK_PAGE)
  await expect(workerHeading(page, 'wrk_demo-problems')).toBeVisible()
  const chip = page.getByRole('button', { name: '6 problems' })
  await expect(chip).toBeVisible()
  await expect(chip).toHaveAccessibleDescription(
    '4 failed tool calls, 1 aborted turn, incomplete answer',
  )
  // The chip's live region, beside it: what a screen reader hears after each step.
  const said = page
    .locator('button[aria-keyshortcuts="e Shift+E"]')
    .locator('xpath=following-sibling::*[@role="status"][1]')

  // The conversation opens at its end: the first failed call is far up and not mounted.
  const messages = panel(page, 'Messages')
  await expect(messages.locator('#message-120')).toBeAttached()
  await expect(messages.locator('#message-5')).toHaveCount(0)

  const steps: Array<[Locator, string]> = [
    [page.locator('#task-turn-2'), 'Turn 2 was aborted'],
    [page.locator('#worker-incomplete'), 'The answer is incomplete'],
    [failedCall(page, 5), 'Tool read_page failed, message 5'],
    [failedCall(page, 50), 'Tool web_search failed, message 50'],
    [failedCall(page, 89), 'Tool extract_table failed, message 89'],
    [failedCall(page, 118), 'Tool read_page failed, message 118'],
  ]
  for (const [index, [target, description]] of steps.entries()) {
    await page.keyboard.press('e')
    await expectLanded(target)
    const position = `Problem ${index + 1} of 6`
    await expect(page.getByRole('button', { name: position })).toBeVisible()
    await expect(said).toHaveText(`${position}: ${description}`)
  }

  // Back up the conversation with Shift+E: each far message is mounted again, then shown.
  await page.keyboard.press('Shift+E')
  await expectLanded(failedCall(page, 89))
  await page.keyboard.press('Shift+E')
  await expectLanded(failedCall(page, 50))
  await page.keyboard.press('Shift+E')
  await expectLanded(failedCall(page, 5))

  // The header is far above now: the sticky panel bar shows the place, and steps on.
  const place = page.getByRole('button', { name: 'Next problem, now at 3 of 6' })
  await expect(place).toBeInViewport()
  await place.click()
  await expectLanded(failedCall(page, 50))
  // So does a click on the chip itself.
  await page.getByRole('button', { name: 'Problem 4 of 6' }).click()
  await expectLanded(failedCall(page, 89))
})

test('the worker page counts the latest task without its turns, and the legend names the keys', async ({
  page,
}) => {
  await page.goto('/workers/wrk_demo-problems')
  const chip = page.getByRole('button', { name: '5 problems' })
  await expect(chip).toBeVisible()
  await chip.click()
  await expectLanded(page.locator('#worker-incomplete'))
  await expect(page.getByRole('button', { name: 'Problem 1 of 5' })).toBeVisible()

  await page.keyboard.press('?')
  const legend = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(legend).toContainText('Go to the next problem of the run')
  await expect(legend).toContainText('Go to the previous problem of the run')
})

test('a clean run shows no chip', async ({ page }) => {
  await page.goto('/workers/wrk_demo-followups')
  await expect(workerHeading(page, 'wrk_demo-followups')).toBeVisible()
  await expect(panel(page, 'Messages')).toBeVisible()
  await expect(page.getByRole('button', { name: /problems?$/ })).toHaveCount(0)
})

/* The chip and the credits breakdown on a desktop and a phone, light and dark. */
// Two of the four combinations: the accessibility spec covers every page in all four.
for (const [width, colorScheme] of [
  [1280, 'light'],
  [390, 'dark'],
] as const) {
  {
    test.describe(() => {
      const phone = width < 500
      test.use({
        viewport: { width, height: phone ? 844 : 900 },
        colorScheme,
        isMobile: phone,
        hasTouch: phone,
      })
      test(`chip and credits, ${width} px, ${colorScheme}`, async ({ page }, testInfo) => {
        await page.goto(TASK_PAGE)
        const chip = page.getByRole('button', { name: '6 problems' })
        await expect(chip).toBeVisible()
        await page.getByText('Where the credits went').click()
        const turns = page.getByRole('table', { name: 'Per turn' })
        await expect(turns).toBeVisible()
        await expect(turns.getByRole('row')).toHaveCount(4)
        await expect(turns.getByRole('row').nth(3)).toContainText('50%')
        await expect(page.getByText(/^read_page ×56/)).toBeVisible()
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width)
        await chip.scrollIntoViewIfNeeded()
        await page.screenshot({ path: testInfo.outputPath(`header-${width}-${colorScheme}.png`) })
        await expectAccessible(page)

        await chip.click()
        await expectLanded(page.locator('#task-turn-2'))
        await page.getByRole('button', { name: 'Problem 1 of 6' }).click()
        await page.getByRole('button', { name: 'Problem 2 of 6' }).click()
        await expectLanded(failedCall(page, 5))
        await page.screenshot({ path: testInfo.outputPath(`landed-${width}-${colorScheme}.png`) })
        await expect(
          page.getByRole('button', { name: 'Next problem, now at 3 of 6' }),
        ).toBeVisible()
        await expectAccessible(page)
      })
    })
  }
}
