import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readEnv } from './env'
import { startServer } from './server'

const distDir = path.resolve(fileURLToPath(new URL('../../../dist', import.meta.url)))

async function start() {
  const env = readEnv()
  const server = await startServer({
    port: env.port,
    host: env.host,
    distDir,
    upstream: env.apiKey ? { baseUrl: env.baseUrl, apiKey: env.apiKey } : null,
  })
  return { env, server }
}

const { env, server } = await start().catch((error: unknown) => {
  // A clear line instead of a stack trace: bad settings, a busy port, or no build yet.
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

const mode = env.apiKey
  ? `live: /api is forwarded to ${env.baseUrl}`
  : 'demo mode: no HANDINGER_API_KEY set, serving simulated data'
console.log(`Handinger Worker Inspector running at ${server.url}/ (${mode})`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)))
}
