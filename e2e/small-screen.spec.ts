import { expect, test } from '@playwright/test'
import { panel, workerHeading } from './support'

// A phone: 390 px wide, touch only (no hover, a coarse pointer).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

test('on a phone: a running worker with a one-line title, icon buttons with names, one opaque panel bar, tables that scroll; the problems chip and credits', async ({
  page,
}) => {
  await page.goto('/workers/wrk_demo-long-running')
  const title = workerHeading(page, 'wrk_demo-long-running')
  await expect(title).toBeVisible()
  // The app's own page, once it has taken the server's first screen over (its header buttons).
  await expect(page.getByRole('button', { name: 'Refresh', exact: true })).toBeVisible()

  // The page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)

  // The title keeps to one line, cut with an ellipsis.
  const fit = await title.evaluate((h1) => ({
    lines: Math.round(
      h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight),
    ),
    cut: h1.scrollWidth > h1.clientWidth,
    ellipsis: getComputedStyle(h1).textOverflow,
  }))
  expect(fit).toEqual({ lines: 1, cut: true, ellipsis: 'ellipsis' })

  // The header's buttons show only their icons, and keep their names.
  for (const name of ['Refresh', 'Pause live updates', 'Copy link', 'Download JSON']) {
    const button = page.getByRole('button', { name })
    await expect(button).toBeVisible()
    expect((await button.boundingBox())?.width).toBeLessThan(40)
  }
  // No keyboard, no list of its shortcuts.
  await expect(page.getByRole('button', { name: 'Shortcuts' })).toBeHidden()

  // The panel bar is one row that scrolls sideways, and nothing shows through it.
  const nav = page.getByRole('navigation', { name: 'Panels' })
  const bar = nav.locator('..')
  const shape = await nav.evaluate((element) => ({
    scrolls: element.scrollWidth > element.clientWidth,
    rowHeight: element.getBoundingClientRect().height,
  }))
  expect(shape.scrolls).toBe(true)
  expect(shape.rowHeight).toBeLessThan(50)
  // An opaque colour: rgb(…) or oklch(…) without an alpha part (a see-through one has "/ 0.95").
  expect(await bar.evaluate((element) => getComputedStyle(element).backgroundColor)).toMatch(
    /^(rgb\(|oklch\((?!.*\/))/,
  )

  // The wide table scrolls inside the answer, with a shade where more hides.
  const wrapper = panel(page, 'Output').getByRole('table').locator('..')
  const table = await wrapper.evaluate((element) => ({
    scrolls: element.scrollWidth > element.clientWidth,
    shade: getComputedStyle(element).backgroundImage.includes('gradient'),
  }))
  expect(table).toEqual({ scrolls: true, shade: true })

  // A run with problems: the chip and the credits breakdown fit, and the chip lands on each.
  await page.goto('/workers/wrk_demo-problems/tasks/tsk_demo-problems')
  const chip = page.getByRole('button', { name: '6 problems' })
  await expect(chip).toBeVisible()
  await page.getByText('Where the credits went').click()
  const turns = page.getByRole('table', { name: 'Per turn' })
  await expect(turns).toBeVisible()
  await expect(turns.getByRole('row').nth(3)).toContainText('50%')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
  await chip.click()
  const turn = page.locator('#task-turn-2')
  await expect(turn).toBeFocused()
  await expect(turn).toBeInViewport()
  await page.getByRole('button', { name: 'Problem 1 of 6' }).click()
  await page.getByRole('button', { name: 'Problem 2 of 6' }).click()
  const failed = panel(page, 'Messages')
    .locator('#message-5')
    .locator('[data-part]')
    .filter({ hasText: 'Failed' })
  await expect(failed).toBeFocused()
  await expect(failed).toHaveAttribute('data-landed', '')
  await expect(failed).toBeInViewport()
  // Far below the header, the panel bar shows the place.
  await expect(page.getByRole('button', { name: 'Next problem, now at 3 of 6' })).toBeVisible()
})
