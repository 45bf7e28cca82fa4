import { expect, type Page, test } from '@playwright/test'
import { FIRST_SEARCH_SCRIPT } from '../src/shared/first-screen-search'
import { lastUpdated, panel, recordApiCalls, workerHeading } from './support'

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'

type DomReport = {
  scripts: { src: string; type: string; inline: string; nonce: string }[]
  foreignImages: string[]
  iframes: number
  objects: number
  javascriptLinks: string[]
  dataLinks: string[]
  unsafeBlankLinks: string[]
  inlineHandlers: string[]
  prototypePolluted: boolean
}

/** Everything in the live DOM that could run, load or leak something. */
function inspectDom(page: Page): Promise<DomReport> {
  return page.evaluate(() => {
    const origin = window.location.origin
    const anchors = [...document.querySelectorAll('a')]
    const handlerAttributes = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
        .map((attribute) => `${element.tagName.toLowerCase()}[${attribute.name}]`),
    )
    return {
      scripts: [...document.querySelectorAll('script')].map((script) => ({
        src: script.src,
        type: script.type,
        inline: script.textContent ?? '',
        nonce: script.nonce,
      })),
      foreignImages: [...document.querySelectorAll('img')]
        .map((img) => img.src)
        .filter((src) => new URL(src, origin).origin !== origin),
      iframes: document.querySelectorAll('iframe, frame').length,
      objects: document.querySelectorAll('object, embed').length,
      javascriptLinks: anchors
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => /^\s*javascript:/i.test(href)),
      dataLinks: anchors
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => /^\s*data:/i.test(href)),
      unsafeBlankLinks: anchors
        .filter((a) => a.target === '_blank')
        .filter((a) => {
          const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
          return !rel.includes('noopener') || !rel.includes('noreferrer')
        })
        .map((a) => a.outerHTML),
      inlineHandlers: handlerAttributes,
      prototypePolluted: 'polluted' in ({} as Record<string, unknown>),
    }
  })
}

function expectInertDom(report: DomReport, origin: string) {
  // The page's own scripts only: the built entry, or on a page that came with its first screen
  // the two the server wrote with the answer's nonce (start the app after the first paint; the
  // first screen's search). Nothing a worker wrote.
  for (const script of report.scripts) {
    const what = `script ${script.src || script.inline.slice(0, 80)}`
    if (script.src) {
      expect(script.type, what).toBe('module')
      expect(script.inline, what).toBe('')
      expect(script.src.startsWith(`${origin}/assets/`), what).toBe(true)
      continue
    }
    expect(script.nonce, what).not.toBe('')
    if (script.inline === FIRST_SEARCH_SCRIPT) continue
    expect(script.type, what).toBe('module')
    const modules = /^const modules = (\[[^\]]*\])\n/.exec(script.inline)?.[1]
    expect(modules, what).toBeDefined()
    for (const href of JSON.parse(modules ?? '[]') as string[]) {
      expect(href.startsWith('/assets/'), what).toBe(true)
    }
  }
  expect(report.scripts.length).toBeGreaterThanOrEqual(1)
  expect(report.foreignImages).toEqual([])
  expect(report.iframes).toBe(0)
  expect(report.objects).toBe(0)
  expect(report.javascriptLinks).toEqual([])
  expect(report.dataLinks).toEqual([])
  expect(report.unsafeBlankLinks).toEqual([])
  expect(report.inlineHandlers).toEqual([])
  expect(report.prototypePolluted).toBe(false)
}

/** Everything the page could do wrong while it shows `path`, collected as it happens. */
function watchPage(page: Page, origin: string) {
  const seen = {
    dialogs: [] as string[],
    consoleErrors: [] as string[],
    pageErrors: [] as string[],
    foreignRequests: [] as string[],
  }
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => seen.pageErrors.push(error.message))
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.origin !== origin) seen.foreignRequests.push(request.url())
  })
  return seen
}

async function expectNothingHappened(page: Page, seen: ReturnType<typeof watchPage>) {
  // A frame and a task later, so a handler deferred by the page would have fired by now.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  )
  expect(seen.dialogs).toEqual([])
  expect(seen.pageErrors).toEqual([])
  expect(
    seen.consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text)),
  ).toEqual([])
  expect(seen.consoleErrors).toEqual([])
  expect(seen.foreignRequests).toEqual([])
}

/*
 * The browser's side of hostile content: nothing runs, loads or leaks, on the hostile worker
 * and on the heavy one. What each panel shows of every attack, through polls, is a component
 * test (hostile-page.test.tsx).
 */
test('hostile content stays inert in the browser, even the heavy inputs; odd numbers keep their digits', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin
  const seen = watchPage(page, origin)
  const api = recordApiCalls(page, (url) => url.pathname === '/api/workers/wrk_demo-hostile')

  await page.goto('/workers/wrk_demo-hostile')
  await expect(workerHeading(page, 'wrk_demo-hostile')).toBeVisible()
  // The attacks arrived, as text, down to the last panel.
  await expect(panel(page, 'Output')).toContainText(SCRIPT)
  await expect(panel(page, 'Output')).toContainText(IMG)
  const structured = panel(page, 'Structured output')
  await expect(structured).toContainText('⟨__proto__⟩')
  expectInertDom(await inspectDom(page), origin)

  // A poll goes through structural sharing again: nothing may become a prototype.
  const refresh = page.getByRole('button', { name: 'Refresh', exact: true })
  const before = await lastUpdated(page).getAttribute('datetime')
  await refresh.click()
  // The first answer came with the page; the refresh is the page's first request.
  await expect.poll(() => api.calls.length).toBe(1)
  await expect(lastUpdated(page)).not.toHaveAttribute('datetime', before ?? '')
  expectInertDom(await inspectDom(page), origin)

  // Chromium gives JSON.parse the source text of numbers, so 2^64 keeps its digits. (The body
  // above is nested too deep for that and falls back to plain numbers, marked not exact.)
  await page.goto('/workers/wrk_demo-fault-numbers')
  await expect(panel(page, 'Structured output')).toContainText('18446744073709551616')
  await expect(panel(page, 'Structured output')).not.toContainText('18446744073709552000')

  // A 5 MB answer without a blank line, 1 MB of markdown in a message: the page opens, shows
  // the end of the answer and answers clicks.
  await page.goto('/workers/wrk_demo-hostile-huge')
  // Generous: 5 MB take a while to arrive and parse on a busy machine.
  await expect(workerHeading(page, 'wrk_demo-hostile-huge')).toBeVisible({ timeout: 60_000 })
  await expect(panel(page, 'Output')).toContainText('The answer goes on without a break.', {
    timeout: 60_000,
  })
  // The app takes the server's first screen over once 5 MB are read and parsed: as generous.
  await expect(refresh).toBeEnabled({ timeout: 60_000 })
  expectInertDom(await inspectDom(page), origin)
  await expectNothingHappened(page, seen)
})
