import { documentPolicy } from '../security-headers'
import { WHOLE_STYLESHEET_ATTRIBUTE } from '../../shared/whole-stylesheet'
import { withBootAfterPaint } from './boot-after-paint'
/*
 * The page (index.html) with a nonce of its own per response. The build writes the placeholder
 * into every script, module preload and stylesheet tag of index.html (Vite's html.cspNonce, also
 * read by its loader for the chunks it preloads later); the server puts a fresh random value in
 * its place and names only that value in the policy. So the browser runs the built entry and
 * whatever it loads ('strict-dynamic': lazy chunks, the markdown worker), and no script of any
 * other path of this origin, even one an attacker got this server to answer.
 */
export const NONCE_PLACEHOLDER = 'inspector-csp-nonce'

export function pagePolicy(nonce: string): string {
  // Styles: the built stylesheet, and the page's own copy of it inline (a run page's first screen).
  return documentPolicy(`'nonce-${nonce}' 'strict-dynamic'`, `'self' 'nonce-${nonce}'`)
}

/** The built stylesheet's tag in index.html, and where it points. */
const STYLESHEET = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/

export function stylesheetHref(html: string): string | null {
  return STYLESHEET.exec(html)?.[1] ?? null
}

/**
 * A stylesheet written into a page with its first screen: the first screen's own (partial: the
 * app's whole stylesheet follows after the first paint) or, from a build without it, the whole.
 */
export type InlineCss = { text: string; partial: boolean }

/**
 * The page with its stylesheet written into it rather than linked: one round trip less before a
 * first screen drawn on the server can be painted, and no wait behind the scripts' requests on a
 * slow connection. Left linked when the text could end its element. The link stays, disabled
 * (not fetched): the chunks' loader looks for it before it adds the stylesheet a lazy chunk
 * needs, and without it would fetch the same rules again and restyle the whole page. After a
 * partial one, it is fetched after the first paint and applied by the app (shared/whole-stylesheet.ts).
 */
function withInlineStyles(html: string, css: InlineCss | null, nonce: string): string {
  if (!css || /<\/style/i.test(css.text)) return html
  const mark = css.partial ? ` disabled ${WHOLE_STYLESHEET_ATTRIBUTE}` : ' disabled'
  return html.replace(
    STYLESHEET,
    (link) => `<style nonce="${nonce}">${css.text}</style>${link.replace(/\s*\/?>$/, `${mark}>`)}`,
  )
}

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18))
  return btoa(String.fromCharCode(...bytes))
}

/** Tags for the head that need the response's nonce (a run page's preloads). */
export type HeadTags = (nonce: string) => string

/** Extra head tags go before the page's first script, so their requests start first. */
function withHead(html: string, head: HeadTags | null, nonce: string): string {
  const at = head ? html.search(/<script|<link rel="modulepreload"|<\/head>/) : -1
  if (!head || at < 0) return html
  return `${html.slice(0, at)}${head(nonce)}\n${html.slice(at)}`
}

/** index.html answered with a fresh nonce in its tags and its policy (and any head tags). */
export function pageResponse(
  html: string,
  init: {
    status?: number
    headers?: HeadersInit
    head?: HeadTags | null
    css?: InlineCss | null
    /** Written just before </body> once the rest has gone out (see streamedPage). */
    beforeBodyEnd?: () => string
    /** The page holds a first screen: paint it before the app starts (withBootAfterPaint). */
    bootAfterPaint?: boolean
  } = {},
) {
  const nonce = newNonce()
  const headers = new Headers(init.headers)
  headers.set('Content-Type', 'text/html; charset=utf-8')
  headers.set('Content-Security-Policy', pagePolicy(nonce))
  // Asked again on every visit (a stored copy keeps its own policy, so it stays consistent).
  headers.set('Cache-Control', 'no-cache')
  headers.delete('Content-Length')
  headers.delete('Content-Encoding')
  headers.delete('ETag')
  const page = withInlineStyles(
    html.replaceAll(`nonce="${NONCE_PLACEHOLDER}"`, `nonce="${nonce}"`),
    init.css ?? null,
    nonce,
  )
  const full = withHead(page, init.head ?? null, nonce)
  const body = init.bootAfterPaint ? withBootAfterPaint(full) : full
  return new Response(init.beforeBodyEnd ? streamedPage(body, init.beforeBodyEnd) : body, {
    status: init.status ?? 200,
    headers,
  })
}

/**
 * The page in two parts: everything before the end of its body at once, so the browser can
 * paint a first screen while the server writes the rest (a run's answers, up to megabytes of
 * JSON), and `late` just before </body>.
 */
function streamedPage(page: string, late: () => string): ReadableStream<Uint8Array> {
  const end = page.lastIndexOf('</body>')
  const at = end < 0 ? page.length : end
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(page.slice(0, at)))
    },
    async pull(controller) {
      // A read of the first part calls this at once: let that part go out first.
      await new Promise((resolve) => setTimeout(resolve, 0))
      controller.enqueue(encoder.encode(late() + page.slice(at)))
      controller.close()
    },
  })
}
