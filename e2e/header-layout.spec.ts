import { expect, type Page, test } from '@playwright/test'
import { type Deployments, KEY_A, startDeployments, TEAM_SECRET } from './shared-deployments'
import { workerHeading } from './support'

/*
 * The app bar of a shared deployment, laid out by a real browser: signed in (team or byok), its
 * buttons sit together at the right end of one row, on a desktop and on a phone; the access page
 * has none of them. Screenshots of each go to the test's output folder.
 */
let deployments: Deployments

test.beforeAll(async () => {
  deployments = await startDeployments()
})

test.afterAll(async () => {
  await deployments?.close()
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
      const server = deployments[mode]
      await page.goto(`${server.url}/workers/wrk_alpha`)
      const label = mode === 'team' ? 'Access secret' : 'Handinger API key'
      await expect(page.getByLabel(label)).toBeVisible()
      await page.screenshot({ path: testInfo.outputPath(`${mode}-${width}-access.png`) })
      await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0)

      await page.getByLabel(label).fill(mode === 'team' ? TEAM_SECRET : KEY_A)
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
