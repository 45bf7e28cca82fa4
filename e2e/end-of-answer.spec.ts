import { expect, test } from '@playwright/test'
import { BIG_RUN } from '../src/server/demo/scenarios/huge'
import { panel } from './support'

/*
 * A reader who scrolls to the end of a long answer the moment the page shows it: one scroll
 * brings the last sentence into view, and it stays where it is while the rest of the answer is
 * parsed and laid out above it (its plain text replaced chunk by chunk, pages mounted). Each
 * frame is sampled as painted: after layout and after the page's resize observers, through one
 * created anew each frame.
 */
test('the end of a long answer, scrolled to at once, never moves once shown', async ({ page }) => {
  const { answerStart, answerEnd } = BIG_RUN.markers
  await page.goto('/workers/wrk_demo-big')
  const output = panel(page, 'Output')
  await expect(output.getByText(answerStart)).toBeInViewport()
  const end = output.getByText(answerEnd)
  // Again if the scroll met the moment the app replaced the server's first screen (the panel it
  // measured was gone), as a reader would scroll again.
  await expect(async () => {
    await output.evaluate((section) => {
      scrollTo(0, section.getBoundingClientRect().bottom + scrollY - innerHeight)
    })
    await expect(end).toBeInViewport({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await page.evaluate((needle) => {
    const samples: (number | null)[] = []
    Reflect.set(window, '__endSamples', samples)
    const top = () => {
      const node = document.evaluate(
        `.//text()[contains(., ${JSON.stringify(needle)})]`,
        document.body,
        null,
        XPathResult.FIRST_ORDERED_NODE_TYPE,
        null,
      ).singleNodeValue
      if (!(node instanceof Text)) return null
      const range = document.createRange()
      const at = node.data.indexOf(needle)
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      return range.getBoundingClientRect().top
    }
    const ticker = document.createElement('div')
    ticker.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;visibility:hidden'
    document.body.append(ticker)
    // A new observer each frame, so it runs after the page's own, however young those are.
    const frame = () => {
      const last = new ResizeObserver(() => {
        last.disconnect()
        samples.push(top())
      })
      last.observe(ticker)
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  }, answerEnd)
  // Until the whole answer is parsed (the document is no longer busy), and a moment after.
  await expect(output.locator('[aria-busy="false"]')).toHaveCount(1, { timeout: 30_000 })
  await page.waitForTimeout(500)
  const samples = await page.evaluate(
    () => Reflect.get(window, '__endSamples') as (number | null)[],
  )
  const viewport = page.viewportSize()?.height ?? 0
  expect(samples.length).toBeGreaterThan(5)
  for (const top of samples) {
    expect(top).not.toBeNull()
    expect(top ?? -1).toBeGreaterThanOrEqual(0)
    expect(top ?? Number.POSITIVE_INFINITY).toBeLessThan(viewport)
  }
  const tops = samples.filter((top): top is number => top !== null)
  // Within a pixel: the glyph box of the plain text's font against the formatted text's.
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1)
})
