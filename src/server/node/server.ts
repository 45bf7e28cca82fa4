import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Context } from 'hono'
import { type AppOptions, createApp } from '../app'
import { firstScreenCssSource, MANIFEST_PATH, routeChunks } from '../page/route-chunks'
import { appPage, ownRead } from '../page/run-page'
import { nodeBrotli } from './brotli'
import { nodePeerAddress } from './peer-address'

// The page's run routes: whatever follows them is an ID for the page to check, never a file.
const RUN_ROUTE = /^\/(workers|tasks)\//

export type RunningServer = { url: string; close: () => Promise<void> }

/** The production server: the API (proxy or demo) plus the built app from `distDir`. */
export async function startServer(
  options: AppOptions & { port: number; host: string; distDir: string },
): Promise<RunningServer> {
  // Node has brotli (zlib) and the socket's address.
  const app = createApp({ brotli: nodeBrotli, peerAddress: nodePeerAddress, ...options })
  const indexHtml = await readFile(path.join(options.distDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`No built app in ${options.distDir}. Run "npm run build" (npm start does it).`)
  })

  // Read once: which chunks each run page preloads (none when the build wrote no manifest).
  const manifest: unknown = await readFile(path.join(options.distDir, MANIFEST_PATH), 'utf8')
    .then((text) => JSON.parse(text))
    .catch(() => null)
  const chunks = routeChunks(manifest)

  // Read once: the stylesheet a page with its first screen carries inside (the first screen's
  // own, or the app's whole one when the build has none apart).
  const source = firstScreenCssSource(manifest, indexHtml)
  const text = source
    ? await readFile(path.join(options.distDir, source.href), 'utf8').catch(() => null)
    : null
  const css = source && text !== null ? { text, partial: source.partial } : null

  // dist/server/ holds this server's own build and dist/.vite/ the build's notes, not
  // something to hand to browsers.
  app.all('/server/*', (c) => c.text('Not found', 404))
  app.all('/.vite/*', (c) => c.text('Not found', 404))
  // The page always gets its nonce: never the built file as it is (serveStatic would send it).
  // A run page also names the data and chunks it starts with, or brings its first screen.
  const demo = options.upstream === null
  const page = (c: Context) =>
    appPage(c, { html: indexHtml, chunks, css, demo, read: ownRead(app.fetch, c) })
  app.get('/', page)
  app.get('/index.html', page)
  // Built assets carry a content hash in their name, so they never change.
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  app.use(
    '*',
    serveStatic({
      root: path.relative(process.cwd(), options.distDir) || '.',
      precompressed: true,
    }),
  )
  // Every other page path is a client route; index.html decides (and renders its own 404). A
  // path with an extension is a missing file, except under the run routes, where a mistyped ID
  // such as "a..b" is the page's to explain.
  app.get('*', (c) => {
    if (path.extname(c.req.path) && !RUN_ROUTE.test(c.req.path)) return c.text('Not found', 404)
    return page(c)
  })

  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info) => {
        const { port } = info as AddressInfo
        const shown =
          options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host
        resolve({
          url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`,
          close: () =>
            new Promise((done) => {
              server.close(() => done())
              if ('closeAllConnections' in server) server.closeAllConnections()
            }),
        })
      },
    )
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} is already in use. Set PORT to another port.`)
          : error,
      )
    })
  })
}
