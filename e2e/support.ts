import type { BrowserContext, Locator, Page, Request } from '@playwright/test'

/** The five worker panels, by their exact accessible names. */
export const PANEL_NAMES = ['Output', 'Messages', 'Sources', 'Files', 'Structured output'] as const

export type PanelName = (typeof PANEL_NAMES)[number]

export function panel(page: Page, name: PanelName): Locator {
  return page.getByRole('region', { name, exact: true })
}

/** The worker page's h1 reads "Worker <id>" (the first word is visually hidden). */
export function workerHeading(page: Page, workerId: string): Locator {
  return page.getByRole('heading', { level: 1, name: `Worker ${workerId}`, exact: true })
}

/** The header's "Updated" time; its datetime changes when a poll has been taken in. */
export function lastUpdated(page: Page): Locator {
  return page
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: /^Updated$/ }) })
    .locator('time')
}

/** The status badge of a worker page. */
export function statusBadge(page: Page, label: 'Pending' | 'Running' | 'Completed'): Locator {
  // Inside the header's live region: tool calls in the conversation also say "Running".
  return page.getByRole('status').getByText(label, { exact: true })
}

export type ApiCall = { url: string; at: number }

/**
 * Records every request the page makes to /api/ (not /_app/ or the assets), with the time it
 * was sent. `calls` is live: read it whenever needed.
 */
export function recordApiCalls(page: Page, filter: (url: URL) => boolean = () => true) {
  const calls: ApiCall[] = []
  const onRequest = (request: Request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/') && filter(url)) {
      calls.push({ url: request.url(), at: Date.now() })
    }
  }
  page.on('request', onRequest)
  return {
    calls,
    stop: () => page.off('request', onRequest),
  }
}

/**
 * Gives the context a run of the demo's live worker of its own (the demo keeps the start of a
 * visitor's run in a cookie, sent to the worker's API path and its live watch), begun `agoMs`
 * before now. Without it, a first request joins the run the server remembers, which another
 * test may have finished already.
 */
export async function ownLiveRun(context: BrowserContext, baseURL: string, agoMs: number) {
  const started = String(Date.now() - agoMs)
  await context.addCookies(
    ['/api/workers/wrk_demo-live', '/_app/watch/workers/wrk_demo-live'].map((path) => ({
      name: 'demo_live_run',
      value: started,
      url: new URL(path, baseURL).href,
    })),
  )
}
