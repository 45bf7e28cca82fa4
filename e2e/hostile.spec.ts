import { expect, type Page, test } from '@playwright/test'
import { panel, workerHeading } from './support'

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'

type DomReport = {
  scripts: { src: string; type: string; inline: string }[]
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
  for (const script of report.scripts) {
    expect(script.type, `script ${script.src || script.inline.slice(0, 80)}`).toBe('module')
    expect(script.inline).toBe('')
    expect(script.src.startsWith(`${origin}/assets/`), `script src ${script.src}`).toBe(true)
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

test('hostile worker content stays inert text', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  const foreignRequests: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.origin !== origin) {
      foreignRequests.push(request.url())
    }
  })

  await page.goto('/workers/wrk_demo-hostile')
  await expect(workerHeading(page, 'wrk_demo-hostile')).toBeVisible()

  // The attacks are shown as text.
  const output = panel(page, 'Output')
  await expect(output).toContainText(SCRIPT)
  await expect(output).toContainText(IMG)
  await expect(output).toContainText('<a href="javascript:alert(2)">raw HTML link</a>')
  await expect(output).toContainText('<iframe src="https://evil.example/frame"></iframe>')
  await expect(
    output.getByText('Plain text after the attacks, which must still render.'),
  ).toBeVisible()
  // Links with unsafe targets are kept as plain text.
  await expect(output.getByText('click', { exact: true })).toBeVisible()
  await expect(output.getByRole('link', { name: 'click' })).toHaveCount(0)
  await expect(output.getByRole('link', { name: 'Open the report' })).toHaveCount(0)
  // The tracking pixel becomes a link to the image, not an image.
  await expect(output.getByRole('link', { name: 'Image' })).toHaveAttribute(
    'href',
    'https://tracker.example/pixel.png',
  )

  const sources = panel(page, 'Sources')
  await expect(sources).toContainText(`${IMG}<b>Official</b> source`)
  await expect(sources).toContainText('Link not opened (unsafe address): javascript:alert(1)')
  await expect(sources.getByRole('link')).toHaveCount(1)
  await expect(sources.getByRole('link', { name: `Suppliers ${SCRIPT}` })).toHaveAttribute(
    'href',
    'https://example.com/suppliers',
  )

  const files = panel(page, 'Files')
  await expect(files.getByText('../../etc/passwd', { exact: true })).toBeVisible()
  await expect(files.getByText(`${IMG}.csv`, { exact: true })).toBeVisible()
  await expect(files.getByRole('link')).toHaveCount(0)
  await expect(files.getByText(/no safe download link/)).toHaveCount(2)

  const messages = panel(page, 'Messages')
  await expect(messages).toContainText(`Summary: ${SCRIPT}`)
  await expect(messages).toContainText('<b>hi</b>')
  await expect(messages.getByText('Unrecognized item')).toHaveCount(4)

  // Open everything that is collapsed, so every hostile value is mounted.
  const showJson = page.getByRole('button', { name: 'Show JSON' })
  const toggles = await showJson.count()
  expect(toggles).toBe(8) // one per message
  for (let opened = 0; opened < toggles; opened++) await showJson.first().click()
  await expect(showJson).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Hide JSON' })).toHaveCount(toggles)
  const structured = panel(page, 'Structured output')
  for (const name of ['nested', '__proto__']) {
    await structured.getByRole('button', { name: new RegExp(`^${name}: Object`) }).click()
  }
  await expect(structured).toContainText(`html: "${SCRIPT}"`)
  await expect(structured).toContainText('__proto__')
  await expect(structured).toContainText('polluted: true')

  expectInertDom(await inspectDom(page), origin)

  // Give any deferred handler a chance to fire, then check nothing did.
  await page.waitForTimeout(500)
  expect(dialogs).toEqual([])
  expect(pageErrors).toEqual([])
  expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual(
    [],
  )
  expect(consoleErrors).toEqual([])
  expect(foreignRequests).toEqual([])
})
