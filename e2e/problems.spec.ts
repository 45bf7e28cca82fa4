import { expect, type Locator, type Page, test } from '@playwright/test'
import { panel, workerHeading } from './support'

/*
 * The problems chip on the demo's problem run: a 120-message conversation (long enough to mount
 * only a window of it) with four failed tool calls far apart, an aborted follow-up turn and an
 * incomplete answer. Stepping lands on each in page order, in view, focused and highlighted.
 * (On a phone: e2e/small-screen.spec.ts; light and dark: e2e/accessibility.spec.ts; a clean run
 * shows no chip: src/routes/worker/problems-chip.test.tsx.)
 */
const TASK_PAGE = '/workers/wrk_demo-problems/tasks/tsk_demo-problems'

/* The failed call's box inside message n (1-based), as the Messages panel marks it. */
function failedCall(page: Page, message: number): Locator {
  return panel(page, 'Messages')
    .locator(`#message-${message}`)
    .locator('[data-part]')
    .filter({ hasText: 'Failed' })
}

async function expectLanded(target: Locator) {
  await expect(target).toBeFocused()
  await expect(target).toHaveAttribute('data-landed', '')
  await expect(target).toBeInViewport()
}

test('the chip counts the problems of a long run, e / E step through them in page order; the credits per turn; the worker page counts its latest task', async ({
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

  // Where the credits went, per turn and per tool.
  await page.getByText('Where the credits went').click()
  const turns = page.getByRole('table', { name: 'Per turn' })
  await expect(turns).toBeVisible()
  await expect(turns.getByRole('row')).toHaveCount(4)
  await expect(turns.getByRole('row').nth(3)).toContainText('50%')
  await expect(page.getByText(/^read_page ×56/)).toBeVisible()

  // The worker page counts the latest task without its turns, and the legend names the keys.
  await page.goto('/workers/wrk_demo-problems')
  const workerChip = page.getByRole('button', { name: '5 problems' })
  await expect(workerChip).toBeVisible()
  await workerChip.click()
  await expectLanded(page.locator('#worker-incomplete'))
  await expect(page.getByRole('button', { name: 'Problem 1 of 5' })).toBeVisible()

  await page.keyboard.press('?')
  const legend = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(legend).toContainText('Go to the next problem of the run')
  await expect(legend).toContainText('Go to the previous problem of the run')
})
