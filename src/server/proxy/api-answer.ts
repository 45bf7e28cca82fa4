import type { MiddlewareHandler } from 'hono'
import { jsonError } from './json-error'

/*
 * What an /api answer may be labelled, whoever wrote it: JSON, or plain text for an error's
 * sentence. Anything else could be read by a browser as a page or a script of this origin, so
 * it never leaves the server. The proxy relabels a body that really is JSON (labelCheck) and the
 * app refuses any other label at the door (apiAnswers), the simulated API's answers included.
 */
export const JSON_TYPE = 'application/json'
export const TEXT_TYPE = 'text/plain; charset=utf-8'

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/')
}

/** The media type without parameters, lower case; null when there is none. */
function essenceOf(contentType: string | null): string | null {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase()
  return essence || null
}

/** The label this server sends for a passed type, or null when the type is not passed. */
function passedLabel(contentType: string | null): string | null {
  const essence = essenceOf(contentType)
  if (essence === JSON_TYPE) return JSON_TYPE
  if (essence === 'text/plain') return TEXT_TYPE
  return null
}

export type LabelCheck = { ok: true; contentType: string | null } | { ok: false; message: string }

/**
 * How Handinger's answer is labelled on the way out. A body under another label (or none) is
 * passed only when it parses as JSON, then as JSON; an empty body needs no label. Parsing only
 * happens for a wrong label, so the usual answer costs nothing here.
 */
export function labelCheck(contentType: string | null, body: Uint8Array): LabelCheck {
  const passed = passedLabel(contentType)
  if (passed) return { ok: true, contentType: passed }
  if (body.byteLength === 0 && essenceOf(contentType) === null) {
    return { ok: true, contentType: null }
  }
  if (body.byteLength > 0 && isJson(body)) return { ok: true, contentType: JSON_TYPE }
  return {
    ok: false,
    message: `Handinger answered with ${describeType(contentType)}, which the inspector does not pass on.`,
  }
}

function isJson(body: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
    return true
  } catch {
    return false
  }
}

// The label is the upstream's text: named only when it looks like a media type, and short.
function describeType(contentType: string | null): string {
  const essence = essenceOf(contentType)
  if (essence === null) return 'a body of no declared type'
  return /^[a-z0-9.+-]{1,40}\/[a-z0-9.+-]{1,60}$/.test(essence) ? essence : 'an unexpected type'
}

/**
 * The status a refused body is answered with: an error keeps its own (a 429 or 503 still says
 * when to come back), anything else becomes 502, since what came is not what was asked for.
 */
export function refusedStatus(status: number): number {
  return status >= 400 && status <= 599 ? status : 502
}

/** Every /api answer with a body is JSON or plain text; anything else becomes a JSON error. */
export function apiAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const res = c.res
    if (res.body === null || passedLabel(res.headers.get('Content-Type'))) return
    await res.body.cancel()
    const retry: Record<string, string> = {}
    for (const name of ['Retry-After', 'Retry-After-Ms']) {
      const value = res.headers.get(name)
      if (value !== null) retry[name] = value
    }
    const message = 'This answer is not JSON, so the inspector does not pass it on.'
    c.res = undefined
    c.res = jsonError(refusedStatus(res.status), message, retry)
  }
}
