/*
 * The only module that reads process.env. It validates once at start-up and fails with a
 * message that never contains the key itself.
 */
export type ServerEnv = {
  port: number
  host: string
  apiKey: string | null
  baseUrl: string
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const port = Number(env.PORT ?? 4173)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number between 0 and 65535, got "${env.PORT}".`)
  }
  const baseUrl = (env.HANDINGER_BASE_URL ?? 'https://handinger.com').trim()
  let parsed: URL
  try {
    parsed = new URL(baseUrl)
  } catch {
    throw new Error(`HANDINGER_BASE_URL must be an absolute URL, got "${baseUrl}".`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error('HANDINGER_BASE_URL must start with https:// or http://.')
  }
  const apiKey = env.HANDINGER_API_KEY?.trim() || null
  return { port, host: env.HOST?.trim() || '127.0.0.1', apiKey, baseUrl: parsed.href }
}
