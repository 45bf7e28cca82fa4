// @vitest-environment node
import { createApp } from '../app'
import { FIRST_SEARCH_SCRIPT } from '@/shared/first-screen-search'
import { decodeInlineAnswers, INLINE_ANSWERS_ID } from '@/shared/inline-answers'
import { BIG_RUN } from '../demo/scenarios/huge'
import { MANIFEST } from './manifest-fixture'
import { NONCE_PLACEHOLDER } from './page-html'
import { routeChunks } from './route-chunks'
import { type AppFetch, appPage, INLINE_MAX_CHARS, ownRead } from './run-page'

// The built page, cut down: its title, entry script and empty root.
const BUILT = `<!doctype html><html><head><title>Handinger Worker Inspector</title>
<script type="module" crossorigin src="/assets/index-1.js" nonce="${NONCE_PLACEHOLDER}"></script>
<link rel="stylesheet" crossorigin href="/assets/index-1.css" nonce="${NONCE_PLACEHOLDER}">
</head><body><div id="root"></div>
</body></html>`
const chunks = routeChunks(MANIFEST)
// The first screen's own stylesheet, the app's whole one following after the first paint.
const CSS = { text: '.first-screen{color:red}', partial: true }

/** The app with its page on every other path, as the Node and edge entries mount it. */
function appWithPage(
  app: ReturnType<typeof createApp> = createApp({ upstream: null }),
  waitMs?: number,
  read?: AppFetch,
) {
  app.get('*', (c) =>
    appPage(c, {
      html: BUILT,
      chunks,
      css: CSS,
      demo: true,
      waitMs,
      read: ownRead(read ?? app.fetch, c),
    }),
  )
  return app
}

function inlineAnswers(html: string) {
  const found = new RegExp(
    `<script type="application/json" id="${INLINE_ANSWERS_ID}">([^<]*)</script>`,
  ).exec(html)
  return found ? decodeInlineAnswers(found[1] ?? '') : null
}

const rootOf = (html: string) =>
  /<div id="root">([\s\S]*?)<\/div>\s*<script type="application\/json"|<div id="root">([\s\S]*)$/.exec(
    html,
  )?.[0] ?? ''

describe('a run page with its first screen', () => {
  it('draws the run from the answers it read, and brings them along for the app', async () => {
    const response = await appWithPage().request('/workers/wrk_demo-research')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
    expect(response.headers.get('vary')).toContain('Cookie')
    const html = await response.text()
    expect(html).toMatch(
      /<title>✓ \w+ · Worker wrk_demo-research · Handinger Worker Inspector<\/title>/,
    )
    const root = rootOf(html)
    expect(root).toContain('wrk_demo-research')
    expect(root).toContain('Completed')
    expect(root).toContain('Cargo e-bike market: Germany, Netherlands, France')
    expect(root).toContain('Demo data')
    // A short answer whole, with nothing left out.
    expect(root).not.toContain('more characters')
    const answers = inlineAnswers(html)
    expect(answers?.map((a) => a.url)).toEqual(['/_app/config', '/api/workers/wrk_demo-research'])
    const worker = JSON.parse(answers?.[1]?.text ?? '')
    expect(worker.id ?? worker.workerId).toBeTruthy()
    expect(answers?.map((a) => a.status)).toEqual([200, 200])
    expect(answers?.[1]?.headers.etag).toMatch(/"/)
    // The stylesheet is inside too, allowed by this answer's nonce only.
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    expect(response.headers.get('content-security-policy')).toContain(
      `style-src 'self' 'nonce-${nonce}'`,
    )
    expect(html).toContain(`<style nonce="${nonce}">${CSS.text}</style>`)
    // The app's whole stylesheet stays linked, disabled until the page's start script enables
    // it after the first paint (and the chunks' loader finds it there, never adding it again).
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      `<link rel="stylesheet" crossorigin href="/assets/index-1.css" nonce="${nonce}" disabled data-after-paint>`,
    ])
    expect(html).toContain("document.querySelector('link[data-after-paint]')")
    // The data is in the page: only the route's code is asked for, with the entry, once the
    // screen is painted (nothing in the head competes with its first layout).
    expect(html).not.toContain('as="fetch"')
    expect(html).not.toContain('rel="modulepreload"')
    expect(html).not.toMatch(/<script type="module"[^>]* src=/)
    const boot = /const modules = (\[[^\]]*\])/.exec(html)?.[1] ?? '[]'
    expect(JSON.parse(boot)).toEqual(['/assets/index-1.js', ...chunks.worker])
    expect(html).toContain('requestAnimationFrame(() => setTimeout(start))')
  })

  it('sends its first screen before its answers, which come just before the end of the body', async () => {
    const response = await appWithPage().request('/workers/wrk_demo-research')
    const reader = response.body?.getReader()
    const decoder = new TextDecoder()
    const first = decoder.decode((await reader?.read())?.value)
    expect(rootOf(first)).toContain('Cargo e-bike market: Germany, Netherlands, France')
    expect(first).not.toContain(INLINE_ANSWERS_ID)
    let rest = ''
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
      rest += decoder.decode(part.value, { stream: true })
    }
    expect(rest).toMatch(new RegExp(`^<script type="application/json" id="${INLINE_ANSWERS_ID}">`))
    expect(rest).toMatch(/<\/script>\n<\/body><\/html>$/)
    expect(inlineAnswers(first + rest)?.map((a) => a.url)).toEqual([
      '/_app/config',
      '/api/workers/wrk_demo-research',
    ])
  })

  it('draws a big run but preloads its answer rather than carrying a megabyte in the page', async () => {
    const html = await (await appWithPage().request('/workers/wrk_demo-big')).text()
    expect(rootOf(html)).toContain('wrk_demo-big')
    // The long answer's start and its end, with how much lies between.
    expect(rootOf(html)).toContain(BIG_RUN.markers.answerStart)
    expect(rootOf(html)).toContain(BIG_RUN.markers.answerEnd)
    expect(rootOf(html)).toMatch(/>[\d,]{7} more characters, shown as the page finishes loading</)
    expect(html.length).toBeLessThan(INLINE_MAX_CHARS)
    expect(inlineAnswers(html)?.map((a) => a.url)).toEqual(['/_app/config'])
    expect(html).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/api/workers/wrk_demo-big">',
    )
  })

  it('on a task page also draws the task and brings its answer', async () => {
    const html = await (
      await appWithPage().request('/workers/wrk_demo-research/tasks/tsk_demo-market')
    ).text()
    expect(inlineAnswers(html)?.map((a) => a.url)).toEqual([
      '/_app/config',
      '/api/workers/wrk_demo-research?taskId=tsk_demo-market',
      '/api/tasks/tsk_demo-market',
    ])
    expect(rootOf(html)).toContain('Cargo e-bike market sizing')
    expect(html).toContain('Task tsk_demo-market · Handinger Worker Inspector</title>')
  })

  it('passes on the cookies its reads set, as the page would have got them itself', async () => {
    const response = await appWithPage().request('/workers/wrk_demo-live')
    expect(inlineAnswers(await response.text())).not.toBeNull()
    const cookies = response.headers.getSetCookie()
    expect(cookies).toContainEqual(
      expect.stringMatching(/^demo_live_run=\d+; Path=\/api\/workers\/wrk_demo-live; /),
    )
  })

  it('keeps hostile text inert: no markup of it in the screen, no end of the script in the data', async () => {
    const html = await (await appWithPage().request('/workers/wrk_demo-hostile')).text()
    const answers = inlineAnswers(html)
    expect(answers).not.toBeNull()
    // One script element of data, the page's own module script and its first screen's search:
    // nothing the worker wrote.
    expect(html.match(/<script/g)).toHaveLength(3)
    expect(html).toContain(`>${FIRST_SEARCH_SCRIPT}</script>`)
    // Less the page's own elements: its data and its stylesheet.
    const screen = html
      .replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, '')
      .replace(FIRST_SEARCH_SCRIPT, '')
      .replace(`>${CSS.text}</style>`, '')
    expect(screen).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // The page's own elements only: its mark and its two links (home, skip to content).
    // (Text keeps its words, like "onerror=", but every < of it is escaped, so no tag has them.)
    expect(screen.match(/<style\b/g)).toHaveLength(1)
    expect(screen).not.toMatch(/<(iframe|img|object|embed)\b|<[a-z][^>]*\son\w+\s*=/i)
    expect(screen.match(/<svg\b[^>]*>/g)).toEqual([
      '<svg viewBox="0 0 32 32" aria-hidden="true" class="h-6 w-6 shrink-0">',
    ])
    expect(
      screen.match(/<a\b[^>]*href="[^"]*"/g)?.map((a) => /href="([^"]*)"/.exec(a)?.[1]),
    ).toEqual(['#content', '/'])
    // What the data held comes back exactly.
    const body = await (
      await createApp({ upstream: null }).request('/api/workers/wrk_demo-hostile')
    ).text()
    expect(answers?.[1]?.text).toBe(body)
  })
})

describe('a run page without its first screen', () => {
  it('draws nothing for a reader who may not read, and brings the refusals the page would get (team access)', async () => {
    const team = createApp({
      upstream: null,
      access: {
        mode: 'team',
        secret: 'our shared secret!',
        identityHeader: null,
        sessionSecret: 'a session secret of at least thirty-two characters',
        sessionDays: 7,
      },
    })
    const response = await appWithPage(team).request('/workers/wrk_demo-research')
    const html = await response.text()
    expect(inlineAnswers(html)?.map((a) => a.status)).toEqual([200, 401])
    expect(JSON.parse(inlineAnswers(html)?.[0]?.text ?? '')).toMatchObject({
      access: { mode: 'team', signedIn: false },
    })
    expect(html).toContain('<div id="root"></div>')
    expect(inlineAnswers(html)?.[1]?.text).not.toContain('output_text')
    expect(html).toContain('<title>Handinger Worker Inspector</title>')
    expect(html).toContain('rel="stylesheet"')
  })

  it('brings an error along as the first answer of the page: a 404, a 429 with its Retry-After', async () => {
    const missing = await (await appWithPage().request('/workers/wrk_demo-nothing-here')).text()
    expect(inlineAnswers(missing)?.map((a) => a.status)).toEqual([200, 404])
    expect(missing).toContain('<div id="root"></div>')
    expect(missing).not.toContain('as="fetch"')
    const limited = await (await appWithPage().request('/workers/wrk_demo-ratelimited')).text()
    const answer = inlineAnswers(limited)?.[1]
    expect(answer).toMatchObject({ status: 429, headers: { 'retry-after': '3' } })
  })

  it('when the answers do not come in time', async () => {
    const app = createApp({ upstream: null })
    const slow: AppFetch = (request, env) =>
      new URL(request.url).pathname.startsWith('/api/')
        ? new Promise<Response>(() => {})
        : app.fetch(request, env)
    const started = Date.now()
    const html = await (
      await appWithPage(app, 50, slow).request('/workers/wrk_demo-research')
    ).text()
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(inlineAnswers(html)).toBeNull()
    expect(html).toContain('as="fetch"')
  })

  it('when the built page has no empty root to draw it in', async () => {
    const app = createApp({ upstream: null })
    const built = BUILT.replace('<div id="root"></div>', '<div id="root">…</div>')
    app.get('*', (c) =>
      appPage(c, { html: built, chunks, css: CSS, demo: true, read: ownRead(app.fetch, c) }),
    )
    const html = await (await app.request('/workers/wrk_demo-research')).text()
    expect(inlineAnswers(html)).toBeNull()
    expect(html).toContain('as="fetch"')
  })

  it('for pages that are not a run', async () => {
    for (const path of ['/', '/compare', '/tasks/tsk_demo-market', '/workers/a..b']) {
      const html = await (await appWithPage().request(path)).text()
      expect(inlineAnswers(html)).toBeNull()
      expect(html).toContain('<div id="root"></div>')
    }
  })
})
