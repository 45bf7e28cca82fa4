import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readEnv } from './env'
import { startServer } from './server'

const env = readEnv()
const distDir = fileURLToPath(new URL('../../../dist', import.meta.url))

const server = await startServer({
  port: env.port,
  host: env.host,
  distDir: path.resolve(distDir),
  upstream: env.apiKey ? { baseUrl: env.baseUrl, apiKey: env.apiKey } : null,
})

const mode = env.apiKey
  ? `live: /api is forwarded to ${env.baseUrl}`
  : 'demo mode: no HANDINGER_API_KEY set, serving simulated data'
console.log(`Handinger Worker Inspector running at ${server.url}/ (${mode})`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)))
}
