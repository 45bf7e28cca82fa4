import { type Context, Hono, type MiddlewareHandler } from 'hono'
import { DEMO_FILE_ROUTE, FILE_ROUTE } from '@/shared/preview-media'
import { type AccessControl, createAccessControl } from './access/access-control'
import type { AccessSettings } from './access/access-settings'
import { createKeyCheck } from './access/key-check'
import { sessionRoutes } from './access/session-routes'
import { createSessions } from './access/sessions'
import { type SignInLimitOptions, createSignInLimits } from './access/sign-in-limits'
import { createApiSource } from './api-source'
import { demoCatalog } from './demo/catalog'
import type { DemoOptions } from './demo/demo-api'
import { demoCdnFetch } from './demo/demo-cdn'
import { type Credential, createFileRoute } from './files/file-route'
import { recordServedFiles } from './files/record-served-files'
import { type ServedFilesOptions, createServedFiles } from './files/served-files'
import { type ReadinessOptions, healthRoutes } from './health'
import { type ClientAddressVariables, type PeerAddress, clientAddress } from './net/client-address'
import { DEFAULT_API_RATE, type RateLimit, rateLimit } from './net/rate-limit'
import type { RangeList } from './net/ip-address'
import { hostCheck } from './host-check'
import { apiAnswers } from './proxy/api-answer'
import { type BrotliStream, compression } from './proxy/compression'
import { credentialId } from './proxy/credential'
import { revalidation } from './proxy/revalidation'
import { type PoolLimits, createUpstreamPool } from './proxy/upstream-pool'
import type { UpstreamConfig } from './proxy/upstream'
import { type AppLogger, type LogVariables, requestLog } from './request-log'
import { webhookSecrets } from './worker-life/webhook-secrets'
import { securityHeaders } from './security-headers'
import { snapshotRoutes } from './snapshots/snapshot-routes'
import { type Store, memoryStore } from './storage/store'
import { WATCH_ROUTE } from '@/shared/watch-protocol'
import { type WatchFeed, localWatchFeed } from './watch/watch-feed'
import type { WatchHubOptions } from './watch/watch-hub'
import { watchRoutes } from './watch/watch-route'
import { createWatchedReads } from './watch/watched-reads'

/** Where /api goes. Without `apiKey` (bring-your-own-key mode) each person's own key is used. */
export type UpstreamTarget = UpstreamConfig

export type AppOptions = {
  /** Null means demo mode: /api is answered by the simulated Handinger API. */
  upstream: UpstreamTarget | null
  /** Who may use the app; open to everyone ("none") when left out. */
  access?: AccessSettings
  /** Host names this server answers besides localhost, 127.0.0.1 and [::1]. */
  allowedHosts?: readonly string[]
  publicUrl?: string | null
  /** One line per request; none when left out (tests, or a runtime that logs by itself). */
  logger?: AppLogger
  readiness?: Omit<ReadinessOptions, 'baseUrl'>
  demo?: DemoOptions
  /** Brotli for /api answers where the runtime has an encoder (Node: node/brotli.ts). */
  brotli?: BrotliStream
  /** The connection's own address, as the runtime knows it (Node's socket, Cloudflare's header). */
  peerAddress?: PeerAddress
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES); none when left out. */
  trustedProxies?: RangeList | null
  signInLimits?: SignInLimitOptions
  /** What must outlive a request (revoked sessions); in memory when left out. */
  store?: Store
  /** Upstream requests at once, per key and overall (upstream-pool.ts); null: unbounded. */
  upstreamPool?: PoolLimits | null
  /** Requests per client address to /api and the file route (net/rate-limit.ts); null: none. */
  apiRate?: RateLimit | null
  /** The file route (files/file-route.ts). */
  files?: {
    /**
     * For hosts other than Handinger; Node passes one that refuses private addresses. Live mode
     * only: demo mode answers its files from the demo.
     */
    fetch?: typeof fetch
    timeoutMs?: number
    served?: ServedFilesOptions
  }
  /** The live watch (watch/): in this process unless a feed is given (edge: Durable Objects). */
  watch?: { feed?: WatchFeed; hub?: WatchHubOptions; heartbeatMs?: number }
}

export type AppEnv = {
  Variables: LogVariables & ClientAddressVariables & { apiKey: string | null }
}

const NO_STORE = { 'Cache-Control': 'no-store' }

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const { upstream } = options
  const accessSettings = options.access ?? { mode: 'none' }
  if (upstream && !upstream.apiKey && accessSettings.mode !== 'byok') {
    throw new Error('An upstream without an API key needs bring-your-own-key access (byok).')
  }
  if (accessSettings.mode === 'team' && accessSettings.identityHeader && !options.trustedProxies) {
    throw new Error('A trusted identity header needs the trusted proxies that set it.')
  }
  // A brought key is checked with the Handinger that /api goes to, before it is kept.
  const store = options.store ?? memoryStore()
  const access = createAccessControl(accessSettings, {
    checkKey: upstream ? createKeyCheck(upstream) : null,
    sessions: createSessions({
      store,
      notBefore: accessSettings.mode === 'none' ? null : accessSettings.sessionsNotBefore,
    }),
  })
  access.catch(() => {}) // awaited by every request that needs it, which then fails loudly
  const pool = options.upstreamPool === null ? null : createUpstreamPool(options.upstreamPool)
  // One source for /api and the live watch, so their reads are shared (and pooled).
  const source = createApiSource(
    upstream && {
      ...upstream,
      onKeyFound: (found) =>
        options.logger?.warn(
          found,
          'Handinger answer held the API key; replaced before passing it on',
        ),
    },
    options.demo,
    { pool },
  )
  const { demoApi } = source
  const watchFeed =
    options.watch?.feed ?? localWatchFeed(createWatchedReads(source), options.watch?.hub)
  const served = createServedFiles(options.files?.served)
  const signInLimits = createSignInLimits(options.signInLimits)
  const files = createFileRoute({
    served,
    handingerOrigin: upstream ? new URL(upstream.baseUrl).origin : null,
    fetchHandinger: upstream?.fetch ?? fetch,
    // The demo's files on "another host" come from the demo itself, never the network.
    fetchElsewhere: upstream ? (options.files?.fetch ?? fetch) : demoCdnFetch,
    publicUrl: options.publicUrl,
    allowedHosts: options.allowedHosts,
    timeoutMs: options.files?.timeoutMs,
    pool,
  })

  // Whose request this is: the hash of the key it uses, or the demo (one credential of its own).
  async function credentialOf(c: Context<AppEnv>): Promise<Credential | null> {
    if (!upstream) return { id: 'demo', apiKey: null }
    const apiKey = c.get('apiKey') ?? upstream.apiKey ?? null
    return apiKey ? { id: await credentialId(apiKey), apiKey } : null
  }

  const requireSignIn: MiddlewareHandler<AppEnv> = async (c, next) => {
    const state = await (await access).check(c.req.raw, { fromTrustedProxy: c.get('peerTrusted') })
    if (!state.signedIn) return c.json(signInNeeded(await access), 401, NO_STORE)
    c.set('apiKey', state.apiKey)
    if (state.identity) c.set('identity', state.identity)
    await next()
  }

  // Order matters: the log sees every answer, even a refusal; health answers any Host (probes
  // use the pod or container address) and tells nothing; then the host check guards the rest.
  if (options.logger) app.use(requestLog(options.logger))
  app.use(clientAddress(options.peerAddress, options.trustedProxies ?? null))
  app.use(securityHeaders())
  app.route('/', healthRoutes({ ...options.readiness, baseUrl: upstream?.baseUrl ?? null }))
  app.use(hostCheck(options.allowedHosts))
  app.use(compression({ brotli: options.brotli }))

  app.get('/_app/config', async (c) => {
    const { signedIn, sessionRef } = await (await access).check(c.req.raw, {
      fromTrustedProxy: c.get('peerTrusted'),
    })
    const mode = upstream ? 'live' : 'demo'
    const demoWorkers = upstream ? [] : demoCatalog
    // An opaque name of this session for the page's own storage (lib/personal-storage.ts).
    const scope = sessionRef ? (await credentialId(`scope:${sessionRef}`)).slice(0, 32) : undefined
    return c.json(
      { mode, demoWorkers, access: { mode: accessSettings.mode, signedIn, scope } },
      200,
      NO_STORE,
    )
  })
  app.route(
    '/_app/session',
    sessionRoutes(access, {
      publicUrl: options.publicUrl,
      limits: signInLimits,
      logger: options.logger,
    }),
  )

  app.use('/api/*', apiAnswers())
  // Before sign-in is checked: a loop on /api costs a token, not a session lookup.
  const apiRate = options.apiRate === undefined ? DEFAULT_API_RATE : options.apiRate
  if (apiRate) {
    const limited = rateLimit<AppEnv>(apiRate)
    app.use('/api/*', limited)
    app.use(FILE_ROUTE, limited)
    // Snapshot reads need no session: a loop on them costs a token too.
    app.use('/_app/snapshots/*', limited)
  }
  app.route(
    '/_app/snapshots',
    snapshotRoutes({
      store,
      accessMode: accessSettings.mode,
      requireSignIn,
      handingerOrigin: upstream ? new URL(upstream.baseUrl).origin : null,
      publicUrl: options.publicUrl,
      // The server's key and the person's own (byok): neither may be quoted in a shared copy.
      keysOf: (apiKey) => [upstream?.apiKey, apiKey].filter((key): key is string => !!key),
    }),
  )

  app.use('/api/*', requireSignIn)
  // The file URLs each credential is shown are the only ones the file route will fetch for it.
  app.use(
    '/api/*',
    recordServedFiles<AppEnv>(served, async (c) => (await credentialOf(c))?.id ?? null),
  )

  // Whoever answers (Handinger or the simulated API), an unchanged body is answered 304.
  app.use('/api/*', revalidation())
  // Inside revalidation, so the ETag and 304 are of the rewritten body; live and demo alike.
  app.use('/api/workers/:workerId/webhook', webhookSecrets('webhook'))
  app.use('/api/workers/:workerId/webhook/executions', webhookSecrets('executions'))
  app.all('/api/*', async (c) => {
    const apiKey = c.get('apiKey') ?? upstream?.apiKey ?? null
    if (upstream && !apiKey) return c.json(signInNeeded(null), 401, NO_STORE)
    const forwarded = await source.answer(c.req.raw, apiKey)
    const report = forwarded.upstream
    if (report) {
      c.set('upstream', { status: report.status, ms: report.durationMs, source: report.source })
    }
    return forwarded.response
  })

  // The live watch of a running view (Server-Sent Events), behind the same sign-in as /api.
  app.use(`${WATCH_ROUTE}/*`, requireSignIn)
  app.route(
    WATCH_ROUTE,
    watchRoutes<AppEnv>({
      feed: watchFeed,
      credentialOf,
      demo: !upstream,
      served,
      heartbeatMs: options.watch?.heartbeatMs,
    }),
  )

  if (demoApi) app.get(`${DEMO_FILE_ROUTE}/*`, requireSignIn, (c) => demoApi.fetch(c.req.raw))
  app.get(FILE_ROUTE, requireSignIn, async (c) => {
    const credential = await credentialOf(c)
    if (!credential) return c.json(signInNeeded(null), 401, NO_STORE)
    const answer = await files(c.req.raw, credential)
    if (answer.upstream) c.set('upstream', answer.upstream)
    return answer.response
  })

  return app
}

function signInNeeded(access: AccessControl | null) {
  return { error: 'Sign in to use the inspector.', access: access?.mode ?? 'byok' }
}
