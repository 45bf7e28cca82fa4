import type { Context, ExecutionContext } from 'hono'
import { encodeInlineAnswers, INLINE_ANSWERS_ID } from '@/shared/inline-answers'
import { type FirstScreenPage, firstScreenPage, type OwnRead } from './first-screen'
import { FIRST_SEARCH_SCRIPT } from '@/shared/first-screen-search'
import { type InlineCss, NONCE_PLACEHOLDER, pageResponse } from './page-html'
import type { RouteChunks } from './route-chunks'
import { preloadTags, runPageAt, runPagePreloads } from './run-preloads'

/** Calls this server's own app, as a request from outside would (Hono's app.fetch). */
export type AppFetch = (
  request: Request,
  env?: unknown,
  executionCtx?: ExecutionContext,
) => Response | Promise<Response>

/*
 * Headers of the page request that a read for it must not carry: its body must come back whole
 * and as text (no encoding, no 304, no range), and as JSON whatever the page accepted.
 */
const PAGE_ONLY_HEADERS = [
  'accept',
  'accept-encoding',
  'if-none-match',
  'if-modified-since',
  'range',
]

/** Reads for the page at `c` through the app itself, with the visitor's cookies and address. */
export function ownRead(fetchApp: AppFetch, c: Context): OwnRead {
  const headers = new Headers(c.req.raw.headers)
  for (const name of PAGE_ONLY_HEADERS) headers.delete(name)
  const ctx = executionContext(c)
  return (url, signal) =>
    Promise.resolve(fetchApp(new Request(new URL(url, c.req.url), { headers, signal }), c.env, ctx))
}

/** The runtime's execution context (Cloudflare's waitUntil); Node has none. */
function executionContext(c: Context): ExecutionContext | undefined {
  try {
    return c.executionCtx
  } catch {
    return undefined
  }
}

type PageOptions = {
  html: string
  chunks: RouteChunks
  read: OwnRead
  demo: boolean
  /** The built stylesheet's text, written into a page that comes with its first screen. */
  css?: InlineCss | null
  /** How long the page waits for its first answers (first-screen.ts has the default). */
  waitMs?: number
  status?: number
  headers?: HeadersInit
}

/**
 * The page for any client route. A run page names what it starts with (preloads), and when its
 * first answers can be read in time it arrives with them and its first screen drawn
 * (first-screen.tsx); then nothing is preloaded but the route's code.
 */
export async function appPage(c: Context, options: PageOptions): Promise<Response> {
  const { html, chunks, read, demo } = options
  const pathname = new URL(c.req.url).pathname
  const page = runPageAt(pathname)
  const preloads = runPagePreloads(pathname, chunks)
  const answered =
    page && c.req.method === 'GET'
      ? await firstScreenPage(page, read, { demo, waitMs: options.waitMs })
      : null
  const withAnswers = answered ? withFirstScreen(html, answered) : null
  const first = withAnswers && answered ? { ...withAnswers, ...answered } : null
  const head = preloads
    ? (nonce: string) =>
        preloadTags(first ? { ...preloads, data: first.preloaded } : preloads, nonce)
    : null
  const response = pageResponse(first?.html ?? html, {
    status: options.status,
    headers: options.headers,
    head,
    // The stylesheet comes inside when there is a screen to paint at once.
    css: first?.root ? options.css : null,
    beforeBodyEnd: first?.answersTag,
    bootAfterPaint: Boolean(first?.root),
  })
  if (first) {
    // It holds the visitor's own data now: theirs alone, asked again on every visit.
    response.headers.set('Cache-Control', 'private, no-cache')
    response.headers.append('Vary', 'Cookie')
    for (const cookie of first.cookies) response.headers.append('Set-Cookie', cookie)
  }
  return response
}

const escapeText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

const EMPTY_ROOT = '<div id="root"></div>'

/*
 * An answer longer than this is not written into the page but preloaded (the server has just
 * read it, so the page's request for it is answered from the shared read): the browser parses
 * a page's text on its main thread before any script runs, about 0.15 ms per KB on a busy
 * laptop core, while a separate request costs one round trip off that thread. Errors and small
 * answers (the config, an ordinary run: a few KB) come inside.
 */
export const INLINE_MAX_CHARS = 128 * 1024

/**
 * The page with its first screen in #root and its title when one was drawn, the element with
 * the answers it carries (written only when the page's end is sent, see pageResponse), and the
 * reads left to preload; null when the built page has no empty root or no end of body.
 */
export function withFirstScreen(
  html: string,
  first: FirstScreenPage,
): { html: string; answersTag: () => string; preloaded: string[] } | null {
  if (!html.includes(EMPTY_ROOT) || !html.includes('</body>')) return null
  const { root, title } = first
  const drawn =
    root === null || title === null
      ? html
      : html
          .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(title)}</title>`)
          .replace(
            EMPTY_ROOT,
            () =>
              `<div id="root">${root}</div><script nonce="${NONCE_PLACEHOLDER}">${FIRST_SEARCH_SCRIPT}</script>`,
          )
  const carried = first.answers.filter(
    (answer) => answer.status !== 200 || answer.text.length <= INLINE_MAX_CHARS,
  )
  const preloaded = first.answers
    .filter((answer) => !carried.includes(answer))
    .map((answer) => answer.url)
  const answersTag = () =>
    `<script type="application/json" id="${INLINE_ANSWERS_ID}">${encodeInlineAnswers(carried)}</script>\n`
  return { html: drawn, answersTag, preloaded }
}
