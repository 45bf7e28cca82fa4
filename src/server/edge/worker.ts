import type { Hono } from 'hono'
import { type AppEnv, createApp } from '../app'
import { type EdgeBindings, appOptionsFromBindings } from './edge-env'
import { edgeStore } from './edge-store'
import {
  firstScreenCssSource,
  MANIFEST_PATH,
  type RouteChunks,
  routeChunks,
} from '../page/route-chunks'
import type { InlineCss } from '../page/page-html'
import { appPage, ownRead } from '../page/run-page'
import { SettingsError } from '../setting-values'
import { edgeWatchFeed } from './watch-room'

// The live watch's Durable Object class, named in wrangler.jsonc.
export { WatchRoom } from './watch-room'

/*
 * The Cloudflare Workers entry, beside the Node one: the same app, with the built files served
 * from the assets binding. Every request comes here first (run_worker_first), so pages and
 * assets get the same security headers as on Node.
 */
let built: { env: EdgeBindings; app: Hono<AppEnv> } | null = null

// Bindings only arrive with a request; the app (and its shared reads) lives as long as the isolate.
function appFor(env: EdgeBindings): Hono<AppEnv> {
  if (built?.env === env) return built.app
  // Cloudflare sets CF-Connecting-IP to the visitor's address itself; a client cannot forge it.
  // Watches live in Durable Objects when the binding is there (wrangler.jsonc), else per isolate.
  const options = appOptionsFromBindings(env)
  const app = createApp({
    ...options,
    peerAddress: (c) => c.req.header('cf-connecting-ip'),
    store: edgeStore(env),
    watch: { feed: edgeWatchFeed(env.WATCH_ROOMS) ?? undefined },
  })
  let notes: Promise<{ manifest: unknown; chunks: RouteChunks }> | null = null
  let css: Promise<InlineCss | null> | null = null
  // The build's notes are read by this entry (once per isolate), never handed to browsers.
  app.all('/.vite/*', (c) => c.text('Not found', 404))
  app.get('*', async (c) => {
    const asset = await env.ASSETS.fetch(c.req.raw)
    // The page (any client route falls back to it): with this response's own nonce, and for a
    // run page the data and chunks it starts with.
    if (asset.headers.get('Content-Type')?.startsWith('text/html')) {
      notes ??= readManifest(env, c.req.url).then((manifest) => ({
        manifest,
        chunks: routeChunks(manifest),
      }))
      const { manifest, chunks } = await notes
      const html = await asset.text()
      css ??= readStylesheet(env, firstScreenCssSource(manifest, html), c.req.url)
      return appPage(c, {
        html,
        chunks,
        css: await css,
        demo: options.upstream === null,
        read: ownRead(app.fetch, c),
        status: asset.status,
        headers: asset.headers,
      })
    }
    // Headers of a fetched response are immutable; the middlewares above add to them. The body
    // may already be encoded (Content-Encoding says how): 'manual' sends it as it is.
    const init: ResponseInit & { encodeBody: 'manual' } = {
      status: asset.status,
      statusText: asset.statusText,
      headers: new Headers(asset.headers),
      encodeBody: 'manual',
    }
    const response = new Response(asset.body, init)
    if (asset.ok && new URL(c.req.url).pathname.startsWith('/assets/')) {
      // Built assets carry a content hash in their name, so they never change.
      response.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
    }
    return response
  })
  built = { env, app }
  return app
}

/** The stylesheet that a page with its first screen carries inside, with its text. */
async function readStylesheet(
  env: EdgeBindings,
  source: { href: string; partial: boolean } | null,
  base: string,
): Promise<InlineCss | null> {
  if (!source) return null
  try {
    const answer = await env.ASSETS.fetch(new Request(new URL(source.href, base)))
    const isCss = answer.headers.get('Content-Type')?.startsWith('text/css')
    return answer.ok && isCss ? { text: await answer.text(), partial: source.partial } : null
  } catch {
    return null
  }
}

/** The build's manifest among the assets (which chunks each run page needs), or null. */
async function readManifest(env: EdgeBindings, base: string): Promise<unknown> {
  try {
    const answer = await env.ASSETS.fetch(new Request(new URL(`/${MANIFEST_PATH}`, base)))
    // Without a manifest the assets answer with the page (their single-page fallback).
    const isJson = answer.headers.get('Content-Type')?.startsWith('application/json')
    return answer.ok && isJson ? await answer.json() : null
  } catch {
    return null
  }
}

export default {
  fetch(request: Request, env: EdgeBindings): Response | Promise<Response> {
    try {
      return appFor(env).fetch(request)
    } catch (error) {
      // A bad setting: say which, once per request, instead of an opaque exception page.
      if (!(error instanceof SettingsError)) throw error
      return new Response(`The inspector is not configured: ${error.message}\n`, {
        status: 500,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    }
  },
}
