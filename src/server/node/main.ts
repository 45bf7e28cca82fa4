import { fileURLToPath } from 'node:url'
import { pino } from 'pino'
import { appOptionsFrom } from '../settings'
import { SettingsError } from '../setting-values'
import { type ServerEnv, isLoopback, loadDotEnv, readEnv } from './env'
import { createPublicFetch } from './guarded-fetch'
import { fileStore } from '../storage/file-store'
import { memoryStore } from '../storage/store'
import { startServer } from './server'

/*
 * `npm start` / `npm run serve`: runs as dist/server/main.js, built by `vite build`, so the
 * browser app is the folder above this file.
 */
const distDir = fileURLToPath(new URL('..', import.meta.url))

function settings(): ServerEnv {
  try {
    loadDotEnv()
    return readEnv()
  } catch (error) {
    // One clear line instead of a stack trace.
    const message = error instanceof SettingsError ? error.message : String(error)
    console.error(`Cannot start: ${message}`)
    process.exit(1)
  }
}

const env = settings()
const logger = pino({ level: env.logLevel, base: undefined })
const store = env.dataDir
  ? await fileStore(env.dataDir).catch((error: unknown) => {
      console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    })
  : memoryStore()

const server = await startServer({
  ...appOptionsFrom(env),
  files: { fetch: createPublicFetch() },
  logger,
  store,
  port: env.port,
  host: env.host,
  distDir,
}).catch((error: unknown) => {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

const upstream = env.apiKey
  ? `live: /api is forwarded to ${env.baseUrl}`
  : env.access.mode === 'byok'
    ? `bring-your-own-key: /api is forwarded to ${env.baseUrl} with each person's key`
    : 'demo mode: no HANDINGER_API_KEY set, serving simulated data'
logger.info(
  {
    url: `${server.url}/`,
    access: env.access.mode,
    allowedHosts: env.allowedHosts,
    store: store.kind,
  },
  `Handinger Worker Inspector running at ${server.url}/ (${upstream})`,
)
if ((!isLoopback(env.host) || env.publicUrl) && env.access.mode === 'none') {
  logger.warn(
    { host: env.host, publicUrl: env.publicUrl },
    `Reachable beyond this machine without access control (ACCESS_MODE=none): anyone who reaches it reads every worker the key can see.`,
  )
}
if (env.access.mode !== 'none' && !env.dataDir) {
  logger.warn(
    {},
    'Sign-outs are remembered in memory only: after a restart a signed-out cookie works again until it expires. Set DATA_DIR to keep them.',
  )
}
if (!isLoopback(env.host) && env.allowedHosts.length === 0) {
  logger.warn(
    { host: env.host },
    'Only requests for localhost are answered; set PUBLIC_URL or ALLOWED_HOSTS to the name people use.',
  )
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)))
}
