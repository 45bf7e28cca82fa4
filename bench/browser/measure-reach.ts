import type { Browser, BrowserContextOptions, Page } from '@playwright/test'
import { openPage, type PageSession, waitQuiet, waitSeen, watch } from './page-session'

/*
 * How many user actions bring the first of 2,000 messages into view, trying what the page
 * offers in the order a user would: its own search (a search box, or Ctrl+F opening one), one
 * scroll to the top of the Messages panel, then "show earlier" style buttons, one click at a time.
 */
export type ReachResult = { actions: number | null; method: string }

const MAX_CLICKS = 200

export async function measureReachFirstMessage(
  browser: Browser,
  options: BrowserContextOptions,
  url: string,
  firstMessage: string,
  status: string,
  totalMessages: number,
  budgetMs: number,
): Promise<ReachResult> {
  const session = await openPage(browser, options, url, {
    watches: { status: { text: status, match: 'starts', where: 'viewport' } },
    rawText: false,
  })
  try {
    await waitSeen(session.page, ['status'], 120_000)
    await waitQuiet(session, 1000, 30_000)
    await watch(session.page, 'first', { text: firstMessage, match: 'contains', where: 'viewport' })
    return (
      (await bySearch(session, firstMessage)) ??
      (await byScroll(session)) ??
      (await byButtons(session, totalMessages, budgetMs)) ?? {
        actions: null,
        method: 'not reached',
      }
    )
  } finally {
    await session.close()
  }
}

const reached = async (page: Page, ms: number) => (await waitSeen(page, ['first'], ms)) !== null

async function searchBox(page: Page) {
  const candidates = [
    page.getByRole('searchbox'),
    page.getByRole('textbox', { name: /search|find/i }),
  ]
  for (const locator of candidates) {
    const visible = locator.filter({ visible: true })
    if ((await visible.count()) > 0) return visible.first()
  }
  return null
}

async function bySearch(session: PageSession, query: string): Promise<ReachResult | null> {
  const { page } = session
  // What a user tries first: Ctrl+F, which a page with its own run-wide search takes over.
  // Only then a search box already on the page (which may search one panel only).
  await page.keyboard.press('Control+f')
  const focused = page.locator(':focus')
  const opened =
    (await focused.count()) > 0 &&
    /^(search|text)$/.test((await focused.getAttribute('type')) ?? '')
  const box = opened ? focused : await searchBox(page)
  if (!box) return null
  await box.fill(query)
  await box.press('Enter')
  let actions = 1
  let found = await reached(page, 3000)
  while (!found && actions < 10) {
    await box.press('Enter')
    actions++
    found = await reached(page, 3000)
  }
  if (!found) return null
  return { actions, method: actions === 1 ? 'one search' : `a search and ${actions - 1} Enter` }
}

function messagesPanel(page: Page) {
  return page.getByRole('region', { name: 'Messages', exact: true })
}

async function byScroll(session: PageSession): Promise<ReachResult | null> {
  const { page } = session
  const how = await page.evaluate(() => {
    const section = Array.from(document.querySelectorAll('section')).find((s) => {
      const id = s.getAttribute('aria-labelledby')
      const name = (id && document.getElementById(id)?.textContent) || s.getAttribute('aria-label')
      return name?.trim() === 'Messages'
    })
    if (!section) return null
    const scroller = Array.from(section.querySelectorAll('*'))
      .filter((el) => {
        const style = getComputedStyle(el)
        return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1
      })
      .sort((a, b) => b.scrollHeight - a.scrollHeight)[0]
    if (scroller) {
      scroller.scrollTop = 0
      return 'one scroll to the top of the Messages panel'
    }
    scrollTo(0, section.getBoundingClientRect().top + scrollY)
    return 'one scroll to the top of the Messages panel'
  })
  if (!how) return null
  return (await reached(page, 3000)) ? { actions: 1, method: how } : null
}

/** Messages mounted in the Messages panel: items the page marks, or the rows of its list. */
function mountedMessages(page: Page): Promise<number> {
  return messagesPanel(page).evaluate((section) => {
    const marked = section.querySelectorAll('[data-item^="messages:"]').length
    return marked || (section.querySelector('ol, ul')?.children.length ?? 0)
  })
}

/*
 * Clicking "show earlier" until message 1 appears can take many minutes on a slow page, so the
 * clicking stops at a time budget and the rest is counted from how many messages each click
 * revealed: the figure then says it is an estimate.
 */
async function byButtons(
  session: PageSession,
  totalMessages: number,
  budgetMs: number,
): Promise<ReachResult | null> {
  const { page } = session
  const button = messagesPanel(page)
    .getByRole('button', { name: /earlier|older|previous|more|all/i })
    .first()
  const started = Date.now()
  const mountedAtStart = await mountedMessages(page)
  let clicks = 0
  while (clicks < MAX_CLICKS && (await button.count()) > 0) {
    await button.click()
    clicks++
    if (await reached(page, 0)) break
    if (Date.now() - started > budgetMs) {
      const perClick = ((await mountedMessages(page)) - mountedAtStart) / clicks
      if (perClick <= 0) return null
      const left = Math.ceil((totalMessages - (await mountedMessages(page))) / perClick)
      const seconds = Math.round((Date.now() - started) / 1000)
      return {
        actions: clicks + left,
        method: `about ${clicks + left} clicks: ${clicks} made in ${seconds} s, ${Math.round(perClick)} messages each, ${left} more to go`,
      }
    }
  }
  if (clicks === 0) return null
  if (await reached(page, 500)) return { actions: clicks, method: `${clicks} clicks` }
  // Revealed but above the fold: one more scroll.
  const scrolled = await byScroll(session)
  return scrolled ? { actions: clicks + 1, method: `${clicks} clicks and one scroll` } : null
}
