import { type AppSettings, parseSettings } from '../settings.ts'
import { SettingsError, value } from '../setting-values.ts'

/*
 * The only module that reads process.env (and .env). It validates once at start-up and fails
 * with one line that never contains a secret.
 */
export type ServerEnv = AppSettings & {
  port: number
  host: string
  logLevel: LogLevel
  /** Where the server keeps what must outlive a restart (revoked sessions); null: in memory. */
  dataDir: string | null
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Reads `.env` from the working directory when there is one; real variables win over it. */
export function loadDotEnv(file = '.env'): void {
  try {
    process.loadEnvFile(file)
  } catch (error) {
    if (isMissingFile(error)) return
    throw new SettingsError(
      `Cannot read ${file}: ${error instanceof Error ? error.message : error}`,
    )
  }
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const portText = value(env.PORT) ?? '4173'
  const port = Number(portText)
  if (!/^\d{1,5}$/.test(portText) || port > 65535) {
    throw new SettingsError(
      `PORT must be a whole number from 0 to 65535, got "${portText.slice(0, 20)}".`,
    )
  }
  const host = value(env.HOST) ?? '127.0.0.1'
  const logLevel = (value(env.LOG_LEVEL) ?? 'info').toLowerCase()
  if (!isLogLevel(logLevel)) {
    throw new SettingsError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`)
  }
  const settings = parseSettings(env, { exposed: !isLoopback(host) })
  // A server bound to one named address answers requests that name it.
  if (!isLoopback(host) && !isWildcard(host)) settings.allowedHosts.push(hostName(host))
  return { ...settings, port, host, logLevel, dataDir: value(env.DATA_DIR) }
}

export function isLoopback(host: string): boolean {
  const name = hostName(host)
  return name === 'localhost' || name === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(name)
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]'
}

/** HOST as it appears in a Host header: IPv6 in brackets, lower case. */
function hostName(host: string): string {
  const lower = host.toLowerCase()
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower
}

function isLogLevel(level: string): level is LogLevel {
  return LOG_LEVELS.some((known) => known === level)
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
